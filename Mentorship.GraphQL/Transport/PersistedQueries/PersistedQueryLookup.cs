using GraphQL;
using GraphQL.Transport;

namespace Mentorship.GraphQL.Transport.PersistedQueries;

/// <summary>
/// What <see cref="AutomaticPersistedQueries.Resolve"/> made of a request: the request to run (with its document's
/// text), or the refusal to answer instead; and the hash to keep the text under once it has validated.
/// </summary>
public sealed record PersistedQueryLookup(GraphQLRequest? Request, ExecutionResult? Refusal, string? HashToRemember)
{
    public static PersistedQueryLookup Run(GraphQLRequest request) => new(request, null, null);

    public static PersistedQueryLookup Refuse(string code, string message) =>
        new(null, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, null);
}
