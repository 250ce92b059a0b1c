using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

internal static class ResponseAssertions
{
    /// <summary>Whether the body has a <c>data</c> entry at all: absent means nothing was executed.</summary>
    public static bool HasData(this GraphQLResponse response) =>
        response.Json.ValueKind == JsonValueKind.Object && response.Json.TryGetProperty("data", out _);

    /// <summary>Asserts a response refused before execution: the status, exactly one error with this code, and no data.</summary>
    public static void AssertRefused(this GraphQLResponse response, int status, string code)
    {
        Assert.True((int)response.Status == status, $"Expected {status}, got {response}");
        Assert.Equal([code], response.ErrorCodes);
        Assert.False(response.HasData(), $"Expected no data entry: {response.Body}");
    }
}
