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
}
