using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Client;

/// <summary>
/// Apollo Client's cache as the web app sets it up (e2e/cache.mjs: the generated possibleTypes, merged Profile and
/// MentorRating, relayStylePagination for <c>mentors</c>), against the server on Kestrel. Each script also runs a
/// plain <c>new InMemoryCache()</c> where that shows what the set-up prevents.
/// </summary>
public sealed class ApolloClientCacheTests(AppFor<ApolloClientCacheTests> host) : IClassFixture<AppFor<ApolloClientCacheTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseKestrel();

    [Fact]
    public async Task A_typed_error_keeps_its_message_and_code_with_the_generated_possible_types_which_a_plain_cache_drops()
    {
        var existing = await app.MenteeAsync();
        await using var script = NodeScript.Start("typed-errors.mjs", app.GraphQLUri.ToString(), existing.Email);

        var report = JsonDocument.Parse(await script.ReadLineAsync()).RootElement;
        var (exitCode, error) = await script.WaitForExitAsync();

        Assert.True(exitCode == 0, $"the script failed ({exitCode}): {error}");
        var wired = Assert.Single(report.GetProperty("wired").EnumerateArray());
        Assert.Equal("EmailTakenError", wired.GetProperty("__typename").GetString());
        Assert.Equal("An account with this email already exists.", wired.GetProperty("message").GetString());
        Assert.Equal("EMAIL_TAKEN", wired.GetProperty("code").GetString());
        var plain = Assert.Single(report.GetProperty("plain").EnumerateArray());
        Assert.Equal(["__typename"], plain.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Profile_and_rating_read_by_several_queries_merge_in_the_cache_without_data_loss_warnings()
    {
        var tag = ProfileSetup.UniqueTag("Merge");
        var mentor = await app.MentorWithAsync("Merged Mentor", [tag], bio: "Bio.", ratingCount: 2, ratingSum: 9);
        await app.SetProfileAsync(mentor.Id, [tag], goals: ["Teach"], bio: "Bio.", ratingCount: 2, ratingSum: 9);
        var mentee = await app.MenteeAsync();
        await using var script = NodeScript.StartInDevelopment(
            "cache-identity.mjs", app.GraphQLUri.ToString(), mentee.AccessToken, mentor.Id.ToString(), tag);

        var webApp = JsonDocument.Parse(await script.ReadLineAsync()).RootElement;
        var plain = JsonDocument.Parse(await script.ReadLineAsync()).RootElement;
        var (exitCode, error) = await script.WaitForExitAsync();

        Assert.True(exitCode == 0, $"the script failed ({exitCode}): {error}");
        Assert.Equal("web app", webApp.GetProperty("cache").GetString());
        Assert.Empty(webApp.GetProperty("warnings").EnumerateArray());
        Assert.Equal(
            ["__typename", "displayName", "bio", "skills", "goals", "timeZone", "updatedAt"],
            webApp.GetProperty("profile").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Teach"], webApp.GetProperty("profile").GetProperty("goals").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(4.5, webApp.GetProperty("rating").GetProperty("average").GetDouble());
        Assert.Equal(2, webApp.GetProperty("rating").GetProperty("count").GetInt32());

        // What the set-up prevents: each replacement loses fields, and Apollo says so.
        Assert.Equal(
            ["Cache data may be lost when replacing the %s field of a %s object.", "Cache data may be lost when replacing the %s field of a %s object."],
            plain.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.False(plain.GetProperty("profile").TryGetProperty("goals", out _));
        Assert.False(plain.GetProperty("rating").TryGetProperty("average", out _));
    }

    [Fact]
    public async Task Relay_style_pagination_pages_through_every_mentor_once_in_order_without_warnings()
    {
        var tag = ProfileSetup.UniqueTag("Relay");
        string[] names = ["Kim", "Lee", "Kim", "Ana", "Bo", "Kim", "Lee", "Cy"];
        foreach (var name in names)
        {
            await app.MentorWithAsync(name, [tag]);
        }

        var all = await app.Anonymous().ExecuteAsync(
            "query($where: MentorFilterInput) { mentors(first: 100, where: $where, order: NAME) { nodes { id } } }",
            new { where = new { skills = new[] { tag } } });
        var expected = all.EnsureNoErrors().At("mentors.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        await using var script = NodeScript.StartInDevelopment("relay-paging.mjs", app.GraphQLUri.ToString(), tag, "3");

        var report = JsonDocument.Parse(await script.ReadLineAsync()).RootElement;
        var (exitCode, error) = await script.WaitForExitAsync();

        Assert.True(exitCode == 0, $"the script failed ({exitCode}): {error}");
        Assert.Equal(names.Length, expected.Count);
        Assert.Equal(3, report.GetProperty("pages").GetInt32());
        Assert.Equal(expected, report.GetProperty("list").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(expected, report.GetProperty("cached").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(names.Length, report.GetProperty("users").GetInt32());
        Assert.Empty(report.GetProperty("warnings").EnumerateArray());
    }
}
