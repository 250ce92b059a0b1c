using GraphQL.Transport;

namespace Mentorship.GraphQL.Transport.Http;

/// <summary>What one HTTP request asks for: one operation, or a batch (a JSON array), or why it cannot be read.</summary>
public sealed class GraphQLHttpRequest
{
    private GraphQLHttpRequest(IReadOnlyList<GraphQLRequest> operations, bool isBatch, HttpFailure? failure)
    {
        Operations = operations;
        IsBatch = isBatch;
        Failure = failure;
    }

    public IReadOnlyList<GraphQLRequest> Operations { get; }

    /// <summary>True when the body was a JSON array, which is answered with an array even if it holds one operation.</summary>
    public bool IsBatch { get; }

    public HttpFailure? Failure { get; }

    public static GraphQLHttpRequest One(GraphQLRequest operation) => new([operation], false, null);

    public static GraphQLHttpRequest Batch(IReadOnlyList<GraphQLRequest> operations) => new(operations, true, null);

    public static GraphQLHttpRequest Failed(HttpFailure failure) => new([], false, failure);
}
