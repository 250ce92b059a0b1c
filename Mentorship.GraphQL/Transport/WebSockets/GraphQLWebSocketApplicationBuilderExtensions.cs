namespace Mentorship.GraphQL.Transport.WebSockets;

public static class GraphQLWebSocketApplicationBuilderExtensions
{
    /// <summary>Accepts graphql-transport-ws sockets at the GraphQL path; call it before the HTTP endpoints are mapped.</summary>
    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app)
    {
        app.UseWebSockets();
        app.UseMiddleware<GraphQLWebSocketMiddleware>();
        return app;
    }
}
