using System.Globalization;
using System.Net;
using System.Text.Json;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class BatchingTests(AppFor<BatchingTests> host) : IClassFixture<AppFor<BatchingTests>>, IConfiguresApp
{
    private const int MaxBatchSize = 3;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) =>
        options.WithProbeFields().WithSetting("GraphQL:MaxBatchSize", MaxBatchSize.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public async Task Batch_runs_in_order_and_is_answered_with_an_array()
    {
        var first = Guid.NewGuid().ToString();
        var second = Guid.NewGuid().ToString();
        var batch = JsonSerializer.Serialize(new object[]
        {
            new { query = $$"""mutation { probeAppend(entry: "{{first}}") }""" },
            new { query = "mutation Add($entry: String!) { probeAppend(entry: $entry) }", variables = new { entry = second } },
            new { query = "{ probeLog }" },
        });

        var response = await app.Anonymous().SendAsync(HttpRequests.Post(batch));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Array, response.Json.ValueKind);
        Assert.Equal(3, response.Json.GetArrayLength());
        var log = response.Json[2].GetProperty("data").GetProperty("probeLog").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(log.IndexOf(first) >= 0 && log.IndexOf(first) < log.IndexOf(second), $"Expected {first} before {second} in {string.Join(", ", log)}");
    }

    [Fact]
    public async Task Batch_of_one_is_answered_with_an_array_of_one()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Post("""[{"query":"{ __typename }"}]"""));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Json[0].GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Batch_items_fail_on_their_own_and_the_batch_is_200_when_any_ran()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Post("""[{"query":"{ __typename }"},{"query":"{ noSuchField }"}]"""));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Json[0].GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal(
            ErrorCodes.ValidationFailed,
            response.Json[1].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Batch_over_the_configured_size_is_refused_with_400()
    {
        var before = app.ProbeLog.Entries.Count;
        var batch = "[" + string.Join(',', Enumerable.Repeat("""{"query":"mutation { probeAppend(entry: \"over\") }"}""", MaxBatchSize + 1)) + "]";

        var response = await app.Anonymous().SendAsync(HttpRequests.Post(batch));

        response.AssertRefused(400, ErrorCodes.BadRequest);
        Assert.Contains($"at most {MaxBatchSize}", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, app.ProbeLog.Entries.Count);
    }

    [Fact]
    public async Task Empty_batch_is_refused_with_400()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Post("[]"));

        response.AssertRefused(400, ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Batch_with_an_item_that_is_not_a_request_is_refused_whole_with_400()
    {
        var before = app.ProbeLog.Entries.Count;

        var response = await app.Anonymous().SendAsync(HttpRequests.Post("""[{"query":"mutation { probeAppend(entry: \"x\") }"}, 5]"""));

        response.AssertRefused(400, ErrorCodes.BadRequest);
        Assert.Equal(before, app.ProbeLog.Entries.Count);
    }

    [Fact]
    public async Task Batch_sent_with_an_invalid_token_answers_every_item_UNAUTHENTICATED_with_401()
    {
        var response = await app.WithToken("not-a-token").SendAsync(HttpRequests.Post("""[{"query":"{ __typename }"},{"query":"{ __typename }"}]"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.All(response.Json.EnumerateArray(), item =>
            Assert.Equal(ErrorCodes.Unauthenticated, item.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()));
    }
}
