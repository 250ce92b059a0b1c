using Mentorship.GraphQL.Transport.Http;
using Mentorship.GraphQL.Transport.Ide;

namespace Mentorship.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c> (also <c>/graphql/</c>), and the IDE beside it:
/// <list type="bullet">
/// <item><c>POST /graphql</c>: an operation or a batch (<see cref="GraphQLHttpHandler"/>).</item>
/// <item><c>GET /graphql?sdl</c>: the schema as SDL (<see cref="SchemaSdlEndpoint"/>).</item>
/// <item><c>GET /graphql</c> with <c>Accept: text/html</c> (a browser opening the page): the IDE
/// (<see cref="BananaCakePopIde"/>); any other GET is a query in the query string.</item>
/// <item><c>GET /graphql/{file}</c>: the IDE's files.</item>
/// </list>
/// Other methods are answered 405 by routing.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http));
        endpoints.MapGet(Path + "/{**file}", (HttpContext http, string? file, GraphQLHttpHandler handler, BananaCakePopIde ide, SchemaSdlEndpoint sdl) =>
            !string.IsNullOrEmpty(file) ? ide.ServeFileAsync(http, file)
            : SchemaSdlEndpoint.IsAskedFor(http.Request) ? sdl.ServeAsync(http)
            : GraphQLMediaTypes.AcceptsHtml(http.Request) ? ide.ServePageAsync(http)
            : handler.HandleAsync(http));
        return endpoints;
    }
}
