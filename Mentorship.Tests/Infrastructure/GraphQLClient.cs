using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Mentorship.Tests.Infrastructure;

/// <summary>Sends GraphQL requests to the server's real <c>/graphql</c> endpoint, optionally with a bearer token.</summary>
public sealed class GraphQLClient(HttpClient http, string? accessToken)
{
    public HttpClient Http { get; } = http;

    public string? AccessToken { get; } = accessToken;

    public async Task<GraphQLResponse> ExecuteAsync(string query, object? variables = null, string? operationName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await SendAsync(request);
    }

    /// <summary>Sends a hand-built request, adding the bearer token when the client has one.</summary>
    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request)
    {
        if (AccessToken is not null && request.Headers.Authorization is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        }

        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
