using System.ComponentModel.DataAnnotations;
using Mentorship.GraphQL.Auth.Credentials;
using Mentorship.GraphQL.Features.Identity;
using Mentorship.GraphQL.Hosting;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Tokens, password hashing, the per-request authenticator, rate limits of credential checks, the sign-in throttle's
    /// settings and purge, and the admin named in configuration.
    /// </summary>
    public static WebApplicationBuilder AddMentorshipAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LocalDataDirectory>();
        builder.Services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<SigningKeyConfiguration>();
        builder.Services.AddSingleton<IPostConfigureOptions<JwtOptions>>(sp => sp.GetRequiredService<SigningKeyConfiguration>());
        builder.Services.AddSingleton<IValidateOptions<JwtOptions>>(sp => sp.GetRequiredService<SigningKeyConfiguration>());
        builder.Services.AddSingleton<AccessTokenService>();
        builder.Services.AddScoped<RequestAuthenticator>();
        builder.Services.AddScoped<SecurityStamps>();

        builder.Services.AddOptions<PasswordOptions>().BindConfiguration(PasswordOptions.Section)
            .Validate(
                o => o.WorkFactor is >= PasswordOptions.MinimumWorkFactor and <= PasswordOptions.MaximumWorkFactor,
                $"Passwords__WorkFactor must be between {PasswordOptions.MinimumWorkFactor} and {PasswordOptions.MaximumWorkFactor}: " +
                "below that, bcrypt hashes are too cheap to guess.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PasswordHasher>();

        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => Validator.TryValidateObject(o.SignIn, new ValidationContext(o.SignIn), null, validateAllProperties: true)
                && Validator.TryValidateObject(o.SignUp, new ValidationContext(o.SignUp), null, validateAllProperties: true),
                "RateLimits__SignIn and RateLimits__SignUp need a PermitLimit of at least 1 and a Window between 1 ms and 1 day.")
            .ValidateOnStart();
        builder.Services.AddSingleton<CredentialRateLimiter>();

        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidation>();
        builder.Services.AddHostedService<ConfiguredAdminProvisioner>();

        builder.Services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SignInThrottlePurge>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SignInThrottlePurge>());
        return builder;
    }
}
