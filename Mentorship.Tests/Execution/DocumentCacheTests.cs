using System.Net;
using Mentorship.GraphQL.Execution;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Execution;

public sealed class DocumentCacheTests(AppFor<DocumentCacheTests> host) : IClassFixture<AppFor<DocumentCacheTests>>, IConfiguresApp
{
    private const int CacheEntries = 3;

    /// <summary>A page of one mentor costs about 115 against this limit, a page of a hundred about 1 300.</summary>
    private const int MaxComplexity = 1_000;

    private readonly MentorshipApp app = host.App;

    private DocumentCache Cache => app.Services.GetRequiredService<DocumentCache>();

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options
        .WithProbeFields()
        .WithSetting("GraphQL:DocumentCacheEntries", CacheEntries.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithSetting("GraphQL:MaxComplexity", MaxComplexity.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_document_that_passed_validation_is_kept_for_its_operation_name()
    {
        var query = Unique("query Echo($value: Int!) { probeEcho(value: $value) }");

        var first = await app.Anonymous().ExecuteAsync(query, new { value = 1 }, "Echo");
        var again = await app.Anonymous().ExecuteAsync(query, new { value = 2 }, "Echo");

        first.EnsureNoErrors();
        again.EnsureNoErrors();
        Assert.Equal(2, again.At("probeEcho").GetInt32());
        Assert.True(Cache.Contains(query, "Echo"));
        Assert.False(Cache.Contains(query, null));
    }

    [Fact]
    public async Task A_document_refused_by_validation_is_not_kept_and_is_refused_again()
    {
        var query = Unique("{ probeEcho(value: 1) noSuchField }");

        var first = await app.Anonymous().ExecuteAsync(query);
        var again = await app.Anonymous().ExecuteAsync(query);

        Assert.Equal([ErrorCodes.ValidationFailed], first.ErrorCodes);
        Assert.Equal([ErrorCodes.ValidationFailed], again.ErrorCodes);
        Assert.False(Cache.Contains(query, null));
    }

    [Fact]
    public async Task The_cache_keeps_at_most_the_configured_number_of_documents_dropping_the_least_recently_used()
    {
        var queries = Enumerable.Range(0, CacheEntries + 1).Select(_ => Unique("{ probeEcho(value: 7) }")).ToList();
        foreach (var query in queries.Take(CacheEntries))
        {
            (await app.Anonymous().ExecuteAsync(query)).EnsureNoErrors();
        }

        // The first is used again, so the second is now the least recently used and goes when the last arrives.
        (await app.Anonymous().ExecuteAsync(queries[0])).EnsureNoErrors();
        (await app.Anonymous().ExecuteAsync(queries[^1])).EnsureNoErrors();

        Assert.True(Cache.Count <= CacheEntries, $"The cache holds {Cache.Count} documents.");
        Assert.True(Cache.Contains(queries[0], null));
        Assert.False(Cache.Contains(queries[1], null));
        Assert.True(Cache.Contains(queries[^1], null));
    }

    [Fact]
    public async Task A_cached_document_still_needs_a_signed_in_caller()
    {
        var query = Unique("query Mine { myMentorshipRequests(direction: SENT) { totalCount } }");
        var mentee = await app.AsMenteeAsync();
        (await mentee.ExecuteAsync(query, operationName: "Mine")).EnsureNoErrors();
        Assert.True(Cache.Contains(query, "Mine"));

        var anonymous = await app.Anonymous().ExecuteAsync(query, operationName: "Mine");

        Assert.Equal([ErrorCodes.Unauthenticated], anonymous.ErrorCodes);
        Assert.False(anonymous.HasData());
    }

    [Fact]
    public async Task A_cached_document_still_answers_the_callers_role()
    {
        var query = Unique("query Recommended { recommendedMentors { mentor { id } } }");
        (await (await app.AsMenteeAsync()).ExecuteAsync(query, operationName: "Recommended")).EnsureNoErrors();
        Assert.True(Cache.Contains(query, "Recommended"));

        var mentor = await (await app.AsMentorAsync()).ExecuteAsync(query, operationName: "Recommended");

        Assert.Equal([ErrorCodes.Forbidden], mentor.ErrorCodes);
    }

    [Fact]
    public async Task A_cached_document_still_checks_its_variables()
    {
        var query = Unique("query Echo($value: Int!) { probeEcho(value: $value) }");
        (await app.Anonymous().ExecuteAsync(query, new { value = 1 }, "Echo")).EnsureNoErrors();
        Assert.True(Cache.Contains(query, "Echo"));

        var wrongType = await app.Anonymous().ExecuteAsync(query, new { value = "one" }, "Echo");
        var missing = await app.Anonymous().ExecuteAsync(query, null, "Echo");

        Assert.Equal([ErrorCodes.BadUserInput], wrongType.ErrorCodes);
        Assert.Equal([ErrorCodes.BadUserInput], missing.ErrorCodes);
    }

    [Fact]
    public async Task A_cached_document_still_checks_the_input_values_of_each_request()
    {
        var query = Unique("query Find($skills: [String!]) { mentors(where: { skills: $skills }) { totalCount } }");
        (await app.Anonymous().ExecuteAsync(query, new { skills = new[] { "Go" } }, "Find")).EnsureNoErrors();
        Assert.True(Cache.Contains(query, "Find"));

        var withNul = await app.Anonymous().ExecuteAsync(query, new { skills = new[] { "G\u0000o" } }, "Find");

        Assert.Equal([ErrorCodes.BadUserInput], withNul.ErrorCodes);
    }

    [Fact]
    public async Task A_cached_document_is_still_priced_with_the_variables_of_each_request()
    {
        var query = Unique("""
            query Page($first: Int) {
              mentors(first: $first) { nodes { id role isActive createdAt profile { displayName bio skills goals timeZone updatedAt } } }
            }
            """);
        (await app.Anonymous().ExecuteAsync(query, new { first = 1 }, "Page")).EnsureNoErrors();
        Assert.True(Cache.Contains(query, "Page"));

        var costly = await app.Anonymous().ExecuteAsync(query, new { first = 100 }, "Page");

        Assert.Equal([ErrorCodes.QueryTooComplex], costly.ErrorCodes);
        Assert.False(costly.HasData());
    }

    [Fact]
    public async Task A_mutation_cached_from_a_POST_is_still_refused_over_GET()
    {
        var entry = Guid.NewGuid().ToString();
        var mutation = $$"""mutation { probeAppend(entry: "{{entry}}") }""";
        (await app.Anonymous().SendAsync(HttpRequests.PostQuery(mutation))).EnsureNoErrors();
        Assert.True(Cache.Contains(mutation, null));
        var appended = app.ProbeLog.Entries.Count(e => e == entry);

        var overGet = await app.Anonymous().SendAsync(HttpRequests.Get(mutation));

        overGet.AssertRefused((int)HttpStatusCode.MethodNotAllowed, ErrorCodes.MethodNotAllowed);
        Assert.Equal(appended, app.ProbeLog.Entries.Count(e => e == entry));
    }

    /// <summary>A document no other test sends: the cache is shared by the class's tests.</summary>
    private static string Unique(string document) => $"# {Guid.NewGuid():N}\n{document}";
}
