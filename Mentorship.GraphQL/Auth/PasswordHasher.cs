using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Auth;

/// <summary>bcrypt at the configured work factor.</summary>
public sealed class PasswordHasher
{
    private readonly int workFactor;

    public PasswordHasher(IOptions<PasswordOptions> options)
    {
        workFactor = options.Value.WorkFactor;

        // Made up front, so that computing it never adds to the time of one particular (unknown-email) sign-in.
        UnknownUserHash = BCrypt.Net.BCrypt.HashPassword(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), workFactor);
    }

    /// <summary>
    /// A hash no password matches, at the same work factor as real ones. Checking against it when an email is
    /// unknown makes a failed sign-in take about as long whether or not the account exists.
    /// </summary>
    public string UnknownUserHash { get; }

    public string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password, workFactor);

    public bool Verify(string password, string hash) => BCrypt.Net.BCrypt.Verify(password, hash);

    /// <summary>True when <paramref name="hash"/> was made at a lower work factor than the configured one.</summary>
    public bool NeedsRehash(string hash) => BCrypt.Net.BCrypt.PasswordNeedsRehash(hash, workFactor);
}
