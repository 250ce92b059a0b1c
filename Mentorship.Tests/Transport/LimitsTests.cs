using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

/// <summary>The default limits, against the real schema.</summary>
public sealed class LimitsTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Alias_flood_of_me_is_refused_as_too_complex_before_it_runs()
    {
        var mentee = await app.MenteeAsync();
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 500).Select(i => $"m{i}: me {{ id }}")) + " }";

        var response = await mentee.Client.ExecuteAsync(query);

        response.AssertRefused(400, ErrorCodes.QueryTooComplex);
    }

    [Fact]
    public async Task A_few_aliases_of_a_root_field_are_fine()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync("{ a: me { id } b: me { email } }");

        response.EnsureNoErrors();
        Assert.Equal(mentee.Email, response.StringAt("b.email"));
    }

    [Fact]
    public async Task Alias_flood_of_introspection_is_refused_as_too_complex()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 60).Select(i => $"s{i}: __schema {{ queryType {{ name }} }}")) + " }";

        var response = await app.Anonymous().ExecuteAsync(query);

        response.AssertRefused(400, ErrorCodes.QueryTooComplex);
    }

    [Fact]
    public async Task Introspection_nesting_list_fields_three_deep_is_refused()
    {
        const string query = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";

        var response = await app.Anonymous().ExecuteAsync(query);

        response.AssertRefused(400, ErrorCodes.QueryTooComplex);
    }

    [Fact]
    public async Task Introspection_nesting_hidden_in_fragments_is_refused_too()
    {
        const string query = """
            { __type(name: "User") { ...A } }
            fragment A on __Type { fields { type { ...B } } }
            fragment B on __Type { interfaces { ...C } }
            fragment C on __Type { possibleTypes { name } }
            """;

        var response = await app.Anonymous().ExecuteAsync(query);

        response.AssertRefused(400, ErrorCodes.QueryTooComplex);
    }

    [Theory]
    [InlineData(24)]
    [InlineData(30)]
    public async Task Fragment_bomb_is_refused_in_milliseconds_before_any_rule_expands_it(int levels)
    {
        // About a kilobyte that selects 2^levels fields: each fragment spreads the one before it twice.
        var fragments = Enumerable.Range(1, levels).Select(n => $"fragment F{n} on Query {{ ...F{n - 1} ...F{n - 1} }}");
        var query = $"{{ ...F{levels} }} fragment F0 on Query {{ __typename }} " + string.Join(' ', fragments);
        var clock = Stopwatch.StartNew();

        var response = await app.Anonymous().ExecuteAsync(query);

        clock.Stop();
        response.AssertRefused(400, ErrorCodes.QueryTooComplex);
        Assert.Contains("once its fragments are expanded", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        // Expanding it takes seconds at 24 levels and minutes at 30; measuring it takes well under a millisecond.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"refused after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_fragment_bomb_defined_but_not_used_is_refused_too()
    {
        var fragments = Enumerable.Range(1, 30).Select(n => $"fragment F{n} on Query {{ ...F{n - 1} ...F{n - 1} }}");
        var query = "{ __typename } fragment F0 on Query { __typename } " + string.Join(' ', fragments);

        var response = await app.Anonymous().ExecuteAsync(query);

        response.AssertRefused(400, ErrorCodes.QueryTooComplex);
    }

    [Fact]
    public async Task Fragments_spread_many_times_within_the_limit_still_run()
    {
        // 2^8 = 256 spreads of one field, merged into a single __typename.
        var fragments = Enumerable.Range(1, 8).Select(n => $"fragment F{n} on Query {{ ...F{n - 1} ...F{n - 1} }}");
        var query = "{ ...F8 } fragment F0 on Query { __typename } " + string.Join(' ', fragments);

        var response = await app.Anonymous().ExecuteAsync(query);

        response.EnsureNoErrors();
        Assert.Equal("Query", response.StringAt("__typename"));
    }
}
