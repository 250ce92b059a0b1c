using Mentorship.GraphQL.Hosting;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Tokens, password hashing and the per-request authenticator.</summary>
    public static WebApplicationBuilder AddMentorshipAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LocalDataDirectory>();
        builder.Services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<SigningKeyConfiguration>();
        builder.Services.AddSingleton<IPostConfigureOptions<JwtOptions>>(sp => sp.GetRequiredService<SigningKeyConfiguration>());
        builder.Services.AddSingleton<IValidateOptions<JwtOptions>>(sp => sp.GetRequiredService<SigningKeyConfiguration>());
        builder.Services.AddSingleton<AccessTokenService>();
        builder.Services.AddScoped<RequestAuthenticator>();
        return builder;
    }
}
