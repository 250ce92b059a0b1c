using Mentorship.GraphQL.Realtime;

namespace Mentorship.GraphQL.Transport.WebSockets;

public static class GraphQLWebSocketServiceCollectionExtensions
{
    /// <summary>GraphQL over WebSocket (graphql-transport-ws): its settings and the parts its connections share.</summary>
    public static WebApplicationBuilder AddGraphQLWebSockets(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLWebSocketOptions>()
            .BindConfiguration(GraphQLWebSocketOptions.Section)
            .Validate(o => o.ConnectionInitTimeout > TimeSpan.Zero, "GraphQL:WebSocket:ConnectionInitTimeout must be positive.")
            .Validate(o => o.CloseHandshakeTimeout > TimeSpan.Zero, "GraphQL:WebSocket:CloseHandshakeTimeout must be positive.")
            .Validate(o => o.KeepAliveInterval >= TimeSpan.Zero, "GraphQL:WebSocket:KeepAliveInterval must be zero (off) or positive.")
            .Validate(o => o.MaxMessageBytes > 0, "GraphQL:WebSocket:MaxMessageBytes must be positive.")
            .Validate(o => o.MaxQueuedMessages > 0, "GraphQL:WebSocket:MaxQueuedMessages must be positive.")
            .Validate(o => o.MaxOperations > 0, "GraphQL:WebSocket:MaxOperations must be positive.")
            .Validate(o => o.MaxConcurrentExecutions > 0, "GraphQL:WebSocket:MaxConcurrentExecutions must be positive.")
            .Validate(o => o.Path.StartsWith('/'), "GraphQL:WebSocket:Path must start with '/'.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ClientMessageParser>();
        builder.Services.AddSingleton<ServerMessageEncoder>();
        builder.Services.AddSingleton<ConnectionAuthenticator>();
        builder.Services.AddSingleton<SignedInSockets>();
        builder.Services.AddSingleton<IRealtimeReaction>(services => services.GetRequiredService<SignedInSockets>());
        return builder;
    }
}
