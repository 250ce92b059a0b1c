using System.Net;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class MediaTypeNegotiationTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string Query = "{ __typename }";

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8")]
    [InlineData("application/json, application/graphql-response+json")]
    [InlineData("application/graphql-response+json, */*;q=0.8")]
    public async Task Graphql_response_json_is_answered_when_accept_names_it_first_or_equal(string accept)
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery(Query, accept: accept));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(HttpRequests.GraphQLResponse, response.ContentType);
        Assert.Equal("Query", response.StringAt("__typename"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/json")]
    [InlineData("application/json, application/graphql-response+json;q=0.5")]
    [InlineData("*/*, application/graphql-response+json;q=0")]
    public async Task Application_json_is_answered_when_accept_is_missing_a_wildcard_or_prefers_it(string? accept)
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery(Query, accept: accept));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(HttpRequests.Json, response.ContentType);
        Assert.Equal("Query", response.StringAt("__typename"));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    public async Task Accept_allowing_neither_json_type_is_refused_with_406(string accept)
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery(Query, accept: accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("text/plain", response.ContentType);
        Assert.Contains("application/graphql-response+json", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_name_utf8_as_their_charset()
    {
        using var response = await app.CreateClient().SendAsync(HttpRequests.PostQuery(Query));

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }
}
