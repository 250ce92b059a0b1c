using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Features.Identity;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Transport;

/// <summary>
/// Input values checked for every field before anything works on them: lists no longer than GraphQL:MaxListItems, text
/// PostgreSQL can store. Each refusal is BAD_USER_INPUT naming the value, never an internal error, and changes nothing.
/// </summary>
public sealed class InputValueTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string Nul = "a\u0000b";

    private const string Mentors = """
        query Mentors($where: MentorFilterInput, $after: String, $order: MentorOrder) {
          mentors(where: $where, after: $after, order: $order) { totalCount nodes { id } pageInfo { endCursor } }
        }
        """;

    private const string UpdateProfile = """
        mutation UpdateProfile($input: UpdateProfileInput!) {
          updateProfile(input: $input) { profile { bio } errors { __typename ... on InvalidInputError { field } } }
        }
        """;

    private const string SendRequest = """
        mutation Send($input: SendMentorshipRequestInput!) {
          sendMentorshipRequest(input: $input) { request { id } errors { __typename } }
        }
        """;

    [Fact]
    public async Task A_skill_filter_of_100000_distinct_skills_is_refused_in_milliseconds()
    {
        // Short distinct names, so 100 000 of them fit in the largest body the server reads.
        var skills = Enumerable.Range(0, 100_000).Select(i => i.ToString("x", CultureInfo.InvariantCulture)).ToArray();
        var clock = Stopwatch.StartNew();

        var response = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills } });

        clock.Stop();
        AssertBadUserInput(response, "`$where.skills` holds 100000 items; a list may hold at most 1000.");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"refused after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_list_written_in_the_document_is_held_to_the_same_limit()
    {
        var skills = string.Join(", ", Enumerable.Repeat("\"x\"", 1001));

        var response = await app.Anonymous().ExecuteAsync($"{{ mentors(where: {{ skills: [{skills}] }}) {{ totalCount }} }}");

        AssertBadUserInput(response, "`where.skills` of `mentors` holds 1001 items; a list may hold at most 1000.");
    }

    [Fact]
    public async Task A_skill_filter_at_the_list_limit_is_read_in_linear_time_and_refused_for_its_own_limit()
    {
        var skills = Enumerable.Range(0, 1000).Select(i => $"skill {i}").ToArray();

        var response = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills } });

        Assert.Equal([ErrorCodes.BadUserInput], response.ErrorCodes);
        Assert.Contains("at most 30 skills", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("skills")]
    [InlineData("goals")]
    public async Task Profile_lists_of_100000_items_are_refused_and_nothing_changes(string field)
    {
        var mentee = await app.MenteeAsync();
        var items = Enumerable.Range(0, 100_000).Select(i => i.ToString("x", CultureInfo.InvariantCulture)).ToArray();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new Dictionary<string, object> { [field] = items, ["bio"] = "changed" } });

        AssertBadUserInput(response, $"`$input.{field}` holds 100000 items; a list may hold at most 1000.");
        Assert.Null(await app.WithDbAsync(db => db.Profiles.Where(p => p.UserId == mentee.Id).Select(p => p.Bio).SingleAsync()));
    }

    [Fact]
    public async Task A_thousand_goals_are_an_invalid_input_error_naming_goals()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { goals = Enumerable.Repeat("", 1000) } });

        response.EnsureNoErrors();
        Assert.Equal("goals", response.StringAt("updateProfile.errors.0.field"));
    }

    [Fact]
    public async Task Search_text_holding_a_NUL_is_refused()
    {
        var response = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { search = Nul } });

        AssertBadUserInput(response, "`$where.search` holds a NUL character");
    }

    [Fact]
    public async Task Search_text_holding_half_a_surrogate_pair_is_refused()
    {
        // Written by hand: serializers replace a lone surrogate before it leaves the client.
        var body = "{\"query\":" + JsonSerializer.Serialize(Mentors) + ""","variables":{"where":{"search":"a\ud800b"}}}""";

        var response = await app.Anonymous().SendAsync(HttpRequests.Post(body));

        AssertBadUserInput(response, "`variables.where.search` holds half of a surrogate pair, which no text field accepts.");
    }

    [Fact]
    public async Task A_skill_filter_holding_a_NUL_is_refused_naming_the_item()
    {
        var response = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = new[] { "C#", Nul } } });

        AssertBadUserInput(response, "`$where.skills[1]` holds a NUL character");
    }

    [Fact]
    public async Task A_NUL_written_as_an_escape_in_the_document_is_refused_too()
    {
        var response = await app.Anonymous().ExecuteAsync("{ mentors(where: { search: \"a\\u0000b\" }) { totalCount } }");

        AssertBadUserInput(response, "`where.search` of `mentors` holds a NUL character");
    }

    [Fact]
    public async Task A_cursor_holding_a_NUL_is_refused()
    {
        var response = await app.Anonymous().ExecuteAsync(Mentors, new { after = Nul });

        AssertBadUserInput(response, "`$after` holds a NUL character");
    }

    [Fact]
    public async Task A_forged_cursor_whose_name_key_holds_a_NUL_is_refused()
    {
        var cursor = Cursor($$"""{"o":"mentors:name","k":["a\u0000b","{{Guid.NewGuid()}}"]}""");

        var response = await app.Anonymous().ExecuteAsync(Mentors, new { after = cursor, order = "NAME" });

        AssertAnsweredBadUserInput(response);
    }

    [Fact]
    public async Task A_forged_cursor_with_an_instant_outside_UTC_is_refused()
    {
        var cursor = Cursor($$"""{"o":"mentors:newest","k":["2026-03-02T16:00:00+01:00","{{Guid.NewGuid()}}"]}""");

        var response = await app.Anonymous().ExecuteAsync(Mentors, new { after = cursor, order = "NEWEST" });

        AssertAnsweredBadUserInput(response);
    }

    [Fact]
    public async Task A_real_cursor_still_pages()
    {
        await app.MentorAsync();
        await app.MentorAsync();
        var first = await app.Anonymous().ExecuteAsync("{ mentors(first: 1, order: NEWEST) { pageInfo { endCursor } } }");

        var next = await app.Anonymous().ExecuteAsync(Mentors, new { after = first.StringAt("mentors.pageInfo.endCursor"), order = "NEWEST" });

        next.EnsureNoErrors();
        Assert.True(next.At("mentors.nodes").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task A_sign_in_email_holding_a_NUL_is_refused_before_any_throttle_row_is_written()
    {
        var response = await app.Anonymous().SignInAsync("nul\u0000@example.com");

        AssertBadUserInput(response, "`$input.email` holds a NUL character");
        Assert.False(await app.WithDbAsync(db => db.SignInThrottles.AnyAsync(t => t.NormalizedEmail.StartsWith("nul"))));
    }

    [Theory]
    [InlineData("bio")]
    [InlineData("displayName")]
    [InlineData("timeZone")]
    public async Task Profile_text_holding_a_NUL_is_refused_and_nothing_changes(string field)
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new Dictionary<string, object> { [field] = Nul, ["goals"] = new[] { "kept out" } } });

        AssertBadUserInput(response, $"`$input.{field}` holds a NUL character");
        Assert.Empty(await app.WithDbAsync(db => db.Profiles.Where(p => p.UserId == mentee.Id).Select(p => p.Goals).SingleAsync()));
    }

    [Theory]
    [InlineData("skills")]
    [InlineData("goals")]
    public async Task Profile_list_items_holding_a_NUL_are_refused_naming_the_item(string field)
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new Dictionary<string, object> { [field] = new[] { "fine", Nul } } });

        AssertBadUserInput(response, $"`$input.{field}[1]` holds a NUL character");
    }

    [Fact]
    public async Task A_request_message_holding_a_NUL_is_refused_and_no_request_is_sent()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();

        var response = await mentee.Client.ExecuteAsync(SendRequest, new { input = new { mentorId = mentor.Id, message = "Hello" + Nul } });

        AssertBadUserInput(response, "`$input.message` holds a NUL character");
        Assert.False(await app.WithDbAsync(db => db.MentorshipRequests.AnyAsync(r => r.MenteeId == mentee.Id)));
    }

    [Fact]
    public async Task Over_a_socket_a_NUL_is_the_protocols_error_message_coded_BAD_USER_INPUT()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SubscribeAsync("nul", Mentors, new { where = new { search = Nul } });
        var error = await client.ReceiveAsync("error");
        var stillServed = await client.ExecuteAsync("{ __typename }");

        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("`$where.search` holds a NUL character", error.GetProperty("payload")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Query", stillServed.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Over_a_socket_half_a_surrogate_pair_makes_the_message_invalid_naming_where()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SendTextAsync("""{"id":"s","type":"subscribe","payload":{"query":"{ __typename }","variables":{"text":"a\ud800b"}}}""");
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: 'payload.variables.text' holds half of a surrogate pair", reason);
    }

    private static string Cursor(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    /// <summary>A cursor is read by its field's resolver, which answers BAD_USER_INPUT in place of the list.</summary>
    private static void AssertAnsweredBadUserInput(GraphQLResponse response)
    {
        Assert.Equal([ErrorCodes.BadUserInput], response.ErrorCodes);
        Assert.StartsWith("`after` is not a cursor this server issued", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static void AssertBadUserInput(GraphQLResponse response, string messageStart)
    {
        response.AssertRefused(400, ErrorCodes.BadUserInput);
        Assert.StartsWith(messageStart, response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
