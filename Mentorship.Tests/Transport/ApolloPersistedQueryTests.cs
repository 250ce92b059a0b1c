using System.Text.Json;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

/// <summary>
/// Apollo Client's <c>PersistedQueryLink</c> (e2e/persisted-queries.mjs, with <c>sha256</c> from node's crypto and
/// <c>useGETForHashedQueries</c>) against the server on Kestrel: the first run of a query finds its hash unknown and
/// retries with the text; the second is served from the hash alone, over GET.
/// </summary>
public sealed class ApolloPersistedQueryTests(AppFor<ApolloPersistedQueryTests> host) : IClassFixture<AppFor<ApolloPersistedQueryTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseKestrel();

    [Fact]
    public async Task First_query_is_not_found_and_retried_with_its_text_and_the_second_is_served_by_hash_over_GET()
    {
        await app.MentorAsync();
        await app.MentorAsync();

        await using var script = NodeScript.Start("persisted-queries.mjs", app.GraphQLUri.ToString());
        var runs = JsonDocument.Parse(await script.ReadLineAsync()).RootElement;
        var (exitCode, error) = await script.WaitForExitAsync();

        Assert.True(exitCode == 0, $"the script failed ({exitCode}): {error}");
        Assert.Equal(
            [
                $"GET hash-only 400 {ErrorCodes.PersistedQueryNotFound}",
                "POST with-text 200 ",
            ],
            Exchanges(runs[0]));
        Assert.Equal(["GET hash-only 200 "], Exchanges(runs[1]));
        Assert.All(runs.EnumerateArray(), run => Assert.Equal(2, run.GetProperty("data").GetProperty("mentors").GetProperty("totalCount").GetInt32()));
    }

    private static List<string> Exchanges(JsonElement run) =>
    [
        .. run.GetProperty("exchanges").EnumerateArray().Select(exchange =>
            $"{exchange.GetProperty("method").GetString()} {(exchange.GetProperty("sentQuery").GetBoolean() ? "with-text" : "hash-only")} " +
            $"{exchange.GetProperty("status").GetInt32()} {string.Join(',', exchange.GetProperty("codes").EnumerateArray().Select(code => code.GetString()))}"),
    ];
}
