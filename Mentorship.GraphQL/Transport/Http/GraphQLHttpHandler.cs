using System.Globalization;
using GraphQL;
using GraphQL.Validation;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Auth.Credentials;
using Mentorship.GraphQL.Execution;
using Mentorship.GraphQL.Execution.Errors;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Transport.PersistedQueries;

namespace Mentorship.GraphQL.Transport.Http;

/// <summary>
/// Answers one GraphQL-over-HTTP request: chooses the response type (406 when none fits), applies
/// <see cref="CsrfPrevention"/>, reads the operation(s), authenticates the caller once, resolves persisted queries
/// (<see cref="AutomaticPersistedQueries"/>), runs the operations in order (sharing one <see cref="CredentialCheckGate"/>)
/// and writes the result with its status (<see cref="GraphQLHttpStatus"/>).
/// </summary>
public sealed partial class GraphQLHttpHandler(
    GraphQLHttpRequestReader reader,
    RequestAuthenticator authenticator,
    GraphQLExecutor executor,
    AutomaticPersistedQueries persistedQueries,
    IGraphQLTextSerializer serializer,
    ILogger<GraphQLHttpHandler> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var mediaType = GraphQLMediaTypes.ChooseResponseType(http.Request);
        if (mediaType is null)
        {
            http.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(
                $"This endpoint answers with {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}; the Accept header allows neither.",
                http.RequestAborted);
            return;
        }

        try
        {
            await AnswerAsync(http, mediaType);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception exception) when (!http.Response.HasStarted)
        {
            LogUnexpected(logger, exception);
            await WriteAsync(http, StatusCodes.Status500InternalServerError, mediaType, Refusal(ErrorCodes.InternalServerError, CodedErrorInfoProvider.NeutralMessage));
        }
    }

    private async Task AnswerAsync(HttpContext http, string mediaType)
    {
        if (!CsrfPrevention.Allows(http.Request))
        {
            await WriteFailureAsync(http, mediaType, new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, CsrfPrevention.RefusalMessage));
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var request = isGet ? reader.ReadGet(http.Request) : await reader.ReadPostAsync(http);
        if (request.Failure is { } failure)
        {
            await WriteFailureAsync(http, mediaType, failure);
            return;
        }

        var caller = await authenticator.AuthenticateHeaderAsync(http.Request.Headers.Authorization, http.RequestAborted);
        IValidationRule rule = isGet ? HttpMethodRule.ForGet : HttpMethodRule.ForPost;

        // One gate for the whole request: a batch runs at most one sign-in, sign-up or token refresh.
        var source = RequestSource.For(http, CredentialCheckGate.OncePerRequest());
        var results = new List<ExecutionResult>(request.Operations.Count);
        foreach (var operation in request.Operations)
        {
            if (caller.IsRejected)
            {
                results.Add(Refusal(ErrorCodes.Unauthenticated, "The access token is invalid or has expired. Sign in again, or send the request without it."));
                continue;
            }

            var lookup = persistedQueries.Resolve(operation);
            if (lookup.Refusal is { } refusal)
            {
                results.Add(refusal);
                continue;
            }

            var result = await executor.ExecuteAsync(lookup.Request!, caller, source, http.RequestServices, http.RequestAborted, rule);
            persistedQueries.Remember(lookup, result);
            results.Add(result);
        }

        var status = request.IsBatch ? GraphQLHttpStatus.ForBatch(results, mediaType) : GraphQLHttpStatus.For(results[0], mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
        }
        else if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = caller.IsRejected ? "Bearer error=\"invalid_token\"" : "Bearer";
        }
        else if (status == StatusCodes.Status429TooManyRequests)
        {
            http.Response.Headers.RetryAfter = GraphQLHttpStatus.RetryAfterSeconds(results).ToString(CultureInfo.InvariantCulture);
        }

        if (results.Any(AutomaticPersistedQueries.IsNotFound))
        {
            // A cache that kept this answer would refuse the hash to every client after this one sent the text.
            http.Response.Headers.CacheControl = "no-store";
        }

        await WriteAsync(http, status, mediaType, request.IsBatch ? results : results[0]);
    }

    private Task WriteFailureAsync(HttpContext http, string mediaType, HttpFailure failure) =>
        WriteAsync(http, failure.Status, mediaType, Refusal(failure.Code, failure.Message));

    private async Task WriteAsync(HttpContext http, int status, string mediaType, object body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        // GET answers depend on Accept, so caches must keep them apart.
        http.Response.Headers.Vary = "Accept";
        await serializer.WriteAsync(http.Response.Body, body, http.RequestAborted);
    }

    /// <summary>A response without <c>data</c>: nothing was executed.</summary>
    private static ExecutionResult Refusal(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure while answering a GraphQL HTTP request.")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
