using System.Text.Json;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;

namespace Mentorship.Tests.Transport;

/// <summary>
/// The GraphQL-over-HTTP specification's official audit (graphql-http's <c>serverAudits</c>, e2e/http-audit.mjs) against
/// the server on Kestrel: every MUST, SHOULD and MAY holds, as for the reference implementation.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(AppFor<GraphQLOverHttpAuditTests> host) : IClassFixture<AppFor<GraphQLOverHttpAuditTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseKestrel();

    [Fact]
    public async Task Every_audit_of_the_GraphQL_over_HTTP_specification_passes()
    {
        await using var script = NodeScript.Start("http-audit.mjs", app.GraphQLUri.ToString());

        var results = JsonDocument.Parse(await script.ReadLineAsync()).RootElement.EnumerateArray().ToList();
        var (exitCode, error) = await script.WaitForExitAsync();

        Assert.True(exitCode == 0, $"the audit script failed ({exitCode}): {error}");
        var failed = results.Where(r => r.GetProperty("status").GetString() != "ok")
            .Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("name").GetString()}: {r.GetProperty("reason")}")
            .ToList();
        Assert.True(failed.Count == 0, "failed audits:\n" + string.Join('\n', failed));
        var levels = results.GroupBy(r => r.GetProperty("name").GetString()!.Split(' ')[0]).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(levels.GetValueOrDefault("MUST") >= 13 && levels.GetValueOrDefault("SHOULD") >= 23 && levels.GetValueOrDefault("MAY") >= 25,
            $"expected at least the 13 MUST, 23 SHOULD and 25 MAY audits, ran {string.Join(", ", levels.Select(l => $"{l.Value} {l.Key}"))}");
    }
}
