using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Mentorship.Tests.Transport;

/// <summary>
/// Hand-built requests to <c>/graphql</c>, for tests about the HTTP layer itself. They accept
/// <c>application/graphql-response+json</c>, as GraphQL clients do, unless told another <c>accept</c> (null: no header).
/// </summary>
internal static class HttpRequests
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>A POST of <paramref name="body"/> as raw text with the given content type (none when null).</summary>
    public static HttpRequestMessage Post(string body, string? contentType = Json, string? accept = GraphQLResponse, string path = "/graphql")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    /// <summary>A POST of one GraphQL request serialized as JSON.</summary>
    public static HttpRequestMessage PostQuery(string query, object? variables = null, string? accept = GraphQLResponse, string? operationName = null) =>
        Post(JsonSerializer.Serialize(new { query, variables, operationName }), Json, accept);

    /// <summary>A GET with the request in the query string; with the preflight header unless told otherwise.</summary>
    public static HttpRequestMessage Get(string query, string? variables = null, string? accept = GraphQLResponse, bool preflight = true, string? operationName = null)
    {
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (variables is not null)
        {
            parameters.Add("variables=" + Uri.EscapeDataString(variables));
        }

        if (operationName is not null)
        {
            parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        }

        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + string.Join('&', parameters));
        if (preflight)
        {
            request.Headers.Add("GraphQL-Preflight", "1");
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}
