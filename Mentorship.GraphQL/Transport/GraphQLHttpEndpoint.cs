using GraphQL;
using GraphQL.Transport;
using Mentorship.GraphQL.Auth;

namespace Mentorship.GraphQL.Transport;

/// <summary>GraphQL over HTTP at <c>/graphql</c>.</summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandlePostAsync);
        return endpoints;
    }

    private static async Task HandlePostAsync(HttpContext http, IGraphQLTextSerializer serializer, RequestAuthenticator authenticator, GraphQLExecutor executor)
    {
        var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        var caller = await authenticator.AuthenticateHeaderAsync(http.Request.Headers.Authorization, http.RequestAborted);

        // Credentials that do not hold never run as anonymous.
        var result = caller.IsRejected
            ? new ExecutionResult { Errors = [new ExecutionError("The access token is invalid or expired. Sign in again.") { Code = AuthorizationErrorCodes.Unauthenticated }] }
            : await executor.ExecuteAsync(request!, caller, http.RequestServices, http.RequestAborted);
        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
