using System.Security.Cryptography;
using System.Text;
using Mentorship.GraphQL.Hosting;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Auth;

/// <summary>
/// In Development, a missing signing key is generated once and kept in the local data folder, so a
/// restarted server still accepts the tokens it issued. Elsewhere the operator must supply one.
/// </summary>
internal sealed class SigningKeyConfiguration(IHostEnvironment environment, LocalDataDirectory localData)
    : IPostConfigureOptions<JwtOptions>, IValidateOptions<JwtOptions>
{
    public void PostConfigure(string? name, JwtOptions options)
    {
        if (!environment.IsDevelopment() || IsStrongEnough(options.SigningKey))
        {
            return;
        }

        var file = Path.Combine(localData.Path, "jwt-signing-key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(localData.Path);
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        options.SigningKey = File.ReadAllText(file).Trim();
    }

    public ValidateOptionsResult Validate(string? name, JwtOptions options) =>
        IsStrongEnough(options.SigningKey)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"No JWT signing key of at least {JwtOptions.MinimumSigningKeyBytes} bytes is configured. " +
                "Set Jwt__SigningKey (for example to the output of `openssl rand -base64 48`) and start again.");

    private static bool IsStrongEnough(string? key) =>
        key is not null && Encoding.UTF8.GetByteCount(key) >= JwtOptions.MinimumSigningKeyBytes;
}
