using Mentorship.GraphQL.Hosting;
using Mentorship.GraphQL.Transport.Http;
using Mentorship.GraphQL.Transport.Ide;
using Mentorship.GraphQL.Transport.PersistedQueries;
using Mentorship.GraphQL.Transport.WebSockets;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Transport;

public static class TransportServiceCollectionExtensions
{
    /// <summary>The configuration key of the origins allowed to call the API from a browser on another site.</summary>
    public const string CorsOriginsKey = "Cors:Origins";

    /// <summary>GraphQL over HTTP (with automatic persisted queries) and WebSocket, the IDE, and CORS for the origins in <c>Cors:Origins</c> (none: no CORS headers at all).</summary>
    public static WebApplicationBuilder AddMentorshipTransport(this WebApplicationBuilder builder)
    {
        builder.AddGraphQLWebSockets();
        var services = builder.Services;
        services.AddScoped<GraphQLHttpRequestReader>();
        services.AddScoped<GraphQLHttpHandler>();
        services.AddOptions<PersistedQueryOptions>().BindConfiguration(PersistedQueryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PersistedQueryOptions>, TrustedDocumentsValidation>();
        services.AddSingleton<PersistedQueryCache>();
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<AutomaticPersistedQueries>();
        services.AddSingleton<SchemaSdlEndpoint>();
        services.AddOptions<IdeOptions>().BindConfiguration(IdeOptions.Section);
        services.TryAddSingleton<LocalDataDirectory>();
        services.AddSingleton<BananaCakePopIde>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((cors, configuration) =>
        {
            var origins = configuration.GetSection(CorsOriginsKey).Get<string[]>() ?? [];
            if (origins.Length > 0)
            {
                // Bearer tokens travel in a header, never in cookies, so credentials stay off.
                cors.AddDefaultPolicy(policy => policy
                    .WithOrigins(origins)
                    .WithMethods(HttpMethods.Get, HttpMethods.Post)
                    .AllowAnyHeader()
                    .SetPreflightMaxAge(TimeSpan.FromHours(1)));
            }
        });
        return builder;
    }

    /// <summary>CORS, WebSocket upgrades at <c>/graphql</c>, then the HTTP endpoint at <c>/graphql</c> with the IDE beside it.</summary>
    public static WebApplication MapMentorshipTransport(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCors();
        app.UseGraphQLWebSockets();
        app.MapGraphQLHttp();
        return app;
    }
}
