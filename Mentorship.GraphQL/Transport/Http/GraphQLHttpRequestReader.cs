using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Mentorship.GraphQL.Execution.Limits;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Transport.PersistedQueries;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mentorship.GraphQL.Transport.Http;

/// <summary>
/// Reads the GraphQL request parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>) from
/// a GET's query string or a POST's JSON body, refusing with 400, 413 or 415 whatever is not a well-formed
/// GraphQL-over-HTTP request. <c>query</c> is required unless <c>extensions.persistedQuery</c> names the document by
/// its hash (<see cref="AutomaticPersistedQueries"/> resolves it).
/// </summary>
public sealed class GraphQLHttpRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLLimits> limits)
{
    public GraphQLHttpRequest ReadGet(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = request.Query;
        if (parameters["query"].Count > 1 || parameters["operationName"].Count > 1 || parameters["variables"].Count > 1 || parameters["extensions"].Count > 1)
        {
            return BadRequest("'query', 'operationName', 'variables' and 'extensions' may each be given at most once.");
        }

        // An empty operationName means none (GraphQL over HTTP); the literal "null" is an operation named null.
        var operationName = parameters["operationName"].ToString() is { Length: > 0 } name ? name : null;
        var variables = ReadJsonObjectParameter(parameters["variables"].ToString(), "variables", out var failure);
        if (failure is not null)
        {
            return GraphQLHttpRequest.Failed(failure);
        }

        var extensions = ReadJsonObjectParameter(parameters["extensions"].ToString(), "extensions", out failure);
        if (failure is not null)
        {
            return GraphQLHttpRequest.Failed(failure);
        }

        var query = parameters["query"].ToString() is { Length: > 0 } text ? text : null;
        if (query is null && !AutomaticPersistedQueries.IsNamedByHash(extensions))
        {
            return BadRequest("A GET request carries the GraphQL document in exactly one non-empty 'query' parameter (or its hash in 'extensions.persistedQuery').");
        }

        return GraphQLHttpRequest.One(new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions });
    }

    public async Task<GraphQLHttpRequest> ReadPostAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (UnsupportedContentType(http.Request.ContentType) is { } refusal)
        {
            return GraphQLHttpRequest.Failed(new HttpFailure(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, refusal));
        }

        var body = await ReadBodyAsync(http, limits.Value.MaxRequestBodyBytes);
        if (body is null)
        {
            return GraphQLHttpRequest.Failed(new HttpFailure(
                StatusCodes.Status413PayloadTooLarge,
                ErrorCodes.PayloadTooLarge,
                $"The request body is larger than the {limits.Value.MaxRequestBodyBytes} bytes this server reads."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.Value);
        }
        catch (JsonException exception)
        {
            return BadRequest($"The request body is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            if (UnreadableJsonText.PathIn(document.RootElement) is { } path)
            {
                return UnreadableText(path);
            }

            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => ReadSingle(document.RootElement),
                JsonValueKind.Array => ReadBatch(document.RootElement),
                _ => BadRequest("The request body must be a JSON object with a 'query', or an array of such objects for a batch."),
            };
        }
    }

    private GraphQLHttpRequest ReadSingle(JsonElement body)
    {
        var (operation, failure) = ReadOperation(body, "The request");
        return failure is null ? GraphQLHttpRequest.One(operation!) : GraphQLHttpRequest.Failed(failure);
    }

    private GraphQLHttpRequest ReadBatch(JsonElement array)
    {
        var count = array.GetArrayLength();
        if (count == 0)
        {
            return BadRequest("The batch is empty: send at least one operation.");
        }

        var maximum = limits.Value.MaxBatchSize;
        if (count > maximum)
        {
            return BadRequest($"The batch holds {count} operations; this server accepts at most {maximum} in one request.");
        }

        var operations = new List<GraphQLRequest>(count);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return BadRequest($"Batch item {index} is not a JSON object with a 'query'.");
            }

            var (operation, failure) = ReadOperation(item, $"Batch item {index}");
            if (failure is not null)
            {
                return GraphQLHttpRequest.Failed(failure);
            }

            operations.Add(operation!);
            index++;
        }

        return GraphQLHttpRequest.Batch(operations);
    }

    private (GraphQLRequest? Operation, HttpFailure? Failure) ReadOperation(JsonElement body, string subject)
    {
        var query = Property(body, "query");
        if (query is { ValueKind: not JsonValueKind.String })
        {
            return (null, Bad($"{subject} has a 'query' that is not a string holding the GraphQL document."));
        }

        var operationName = Property(body, "operationName");
        if (operationName is { ValueKind: not JsonValueKind.String })
        {
            return (null, Bad($"{subject} has an 'operationName' that is not a string."));
        }

        var variables = Property(body, "variables");
        var extensions = Property(body, "extensions");
        if (variables is { ValueKind: not JsonValueKind.Object } || extensions is { ValueKind: not JsonValueKind.Object })
        {
            return (null, Bad($"{subject} has 'variables' or 'extensions' that are not JSON objects."));
        }

        var readExtensions = extensions is { } e ? serializer.ReadNode<Inputs>(e) : null;
        if (query is null && !AutomaticPersistedQueries.IsNamedByHash(readExtensions))
        {
            return (null, Bad($"{subject} has no 'query' string holding the GraphQL document (nor its hash in 'extensions.persistedQuery')."));
        }

        return (new GraphQLRequest
        {
            Query = query?.GetString(),
            OperationName = operationName?.GetString() is { Length: > 0 } name ? name : null,
            Variables = variables is { } v ? serializer.ReadNode<Inputs>(v) : null,
            Extensions = readExtensions,
        }, null);
    }

    /// <summary>A property's value, or null when it is absent or JSON null (which GraphQL over HTTP treats alike).</summary>
    private static JsonElement? Property(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private Inputs? ReadJsonObjectParameter(string text, string name, out HttpFailure? failure)
    {
        failure = null;
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (UnreadableJsonText.PathIn(document.RootElement, name) is { } path)
            {
                failure = UnreadableText(path).Failure;
                return null;
            }

            switch (document.RootElement.ValueKind)
            {
                case JsonValueKind.Null:
                    return null;
                case JsonValueKind.Object:
                    return serializer.ReadNode<Inputs>(document.RootElement);
            }
        }
        catch (JsonException)
        {
            // Reported below, like any other value that is not a JSON object.
        }

        failure = Bad($"The '{name}' parameter must be a JSON object, URL-encoded.");
        return null;
    }

    /// <summary>Why the body's media type is refused, or null for <c>application/json</c> in UTF-8 (the default when no charset is named).</summary>
    private static string? UnsupportedContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return "A POST needs 'Content-Type: application/json'.";
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return $"This endpoint reads 'application/json' bodies, not '{contentType}'.";
        }

        return parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            ? $"Request bodies must be UTF-8, not '{parsed.Charset}'."
            : null;
    }

    /// <summary>
    /// The whole body, or null when it is longer than <paramref name="maximum"/>. Counted here while reading, so the
    /// limit holds on every server; Kestrel is also told the limit, so it stops receiving early.
    /// </summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpContext http, int maximum)
    {
        if (http.Request.ContentLength > maximum)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maximum;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maximum)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Text with half of a surrogate pair: valid JSON, but no text any field accepts (see <see cref="UnreadableJsonText"/>).</summary>
    private static GraphQLHttpRequest UnreadableText(string path) => GraphQLHttpRequest.Failed(new HttpFailure(
        StatusCodes.Status400BadRequest,
        ErrorCodes.BadUserInput,
        $"`{path}` holds half of a surrogate pair, which no text field accepts."));

    private static HttpFailure Bad(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private static GraphQLHttpRequest BadRequest(string message) => GraphQLHttpRequest.Failed(Bad(message));
}
