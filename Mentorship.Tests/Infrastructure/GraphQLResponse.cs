using System.Net;
using System.Text.Json;

namespace Mentorship.Tests.Infrastructure;

/// <summary>An HTTP response from <c>/graphql</c> with its JSON body, and short paths into it.</summary>
public sealed class GraphQLResponse
{
    private GraphQLResponse(HttpStatusCode status, string? contentType, string body)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        var trimmed = body.TrimStart();
        Json = trimmed.StartsWith('{') || trimmed.StartsWith('[') ? JsonDocument.Parse(body).RootElement.Clone() : default;
    }

    public HttpStatusCode Status { get; }

    public string? ContentType { get; }

    public string Body { get; }

    public JsonElement Json { get; }

    public JsonElement Data => Json.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary>The <c>extensions.code</c> of every top-level error.</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        [.. Errors.Select(e => e.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code) ? code.GetString() : null)];

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());

    /// <summary>The value at a dotted path under <c>data</c>, such as <c>signUp.user.email</c>; array items by index.</summary>
    public JsonElement At(string path)
    {
        var current = Data;
        foreach (var part in path.Split('.'))
        {
            current = int.TryParse(part, out var index) ? current[index] : current.GetProperty(part);
        }

        return current;
    }

    public string? StringAt(string path) => At(path).ValueKind == JsonValueKind.Null ? null : At(path).GetString();

    /// <summary>Fails with the whole body when the response carries top-level errors.</summary>
    public GraphQLResponse EnsureNoErrors()
    {
        Assert.True(Errors.Count == 0, $"Expected no errors, got: {Body}");
        return this;
    }

    public override string ToString() => $"{(int)Status} {ContentType}: {Body}";
}
