using GraphQL.Types;
using Mentorship.GraphQL.Execution.Limits;
using Mentorship.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Transport.Http;

/// <summary>
/// <c>GET /graphql?sdl</c>: the schema as SDL (<c>text/plain</c>), as HotChocolate serves it, for tools that read a
/// schema file rather than introspect. It tells what introspection tells, so it follows the same switch
/// (<c>GraphQL:EnableIntrospection</c>): while introspection is off it is refused with 403.
/// </summary>
public sealed class SchemaSdlEndpoint(ISchema schema, IOptions<GraphQLLimits> limits)
{
    /// <summary>The query-string parameter that asks for the SDL.</summary>
    public const string Parameter = "sdl";

    public const string RefusalMessage =
        "The schema is not published by this server: introspection is turned off (GraphQL:EnableIntrospection).";

    private readonly Lazy<string> sdl = new(() => SchemaDefinitionLanguage.Print(schema));

    public static bool IsAskedFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query.ContainsKey(Parameter);
    }

    public Task ServeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.ContentType = "text/plain; charset=utf-8";
        if (!limits.Value.EnableIntrospection)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return http.Response.WriteAsync(RefusalMessage, http.RequestAborted);
        }

        return http.Response.WriteAsync(sdl.Value, http.RequestAborted);
    }
}
