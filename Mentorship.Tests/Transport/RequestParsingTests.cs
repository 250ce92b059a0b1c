using System.Net;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class RequestParsingTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Theory]
    [InlineData("NONSENSE")]
    [InlineData("""{"query":""")]
    [InlineData("")]
    public async Task Unparsable_json_is_refused_with_400(string body)
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Post(body));

        response.AssertRefused(400, ErrorCodes.BadRequest);
        Assert.Equal(HttpRequests.GraphQLResponse, response.ContentType);
    }

    [Fact]
    public async Task Unparsable_json_is_400_with_application_json_too()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Post("{", accept: HttpRequests.Json));

        response.AssertRefused(400, ErrorCodes.BadRequest);
        Assert.Equal(HttpRequests.Json, response.ContentType);
    }

    [Theory]
    [InlineData("""{"qeury":"{ __typename }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":7}""")]
    [InlineData("""{"query":"{ __typename }","variables":[7]}""")]
    [InlineData("""{"query":"{ __typename }","variables":"{}"}""")]
    [InlineData("""{"query":"{ __typename }","extensions":true}""")]
    [InlineData("""{"query":"{ __typename }","operationName":3}""")]
    [InlineData("\"{ __typename }\"")]
    [InlineData("42")]
    public async Task Body_that_is_not_a_graphql_request_is_refused_with_400(string body)
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Post(body));

        response.AssertRefused(400, ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Null_optional_parameters_count_as_absent()
    {
        var response = await app.Anonymous().SendAsync(
            HttpRequests.Post("""{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null}"""));

        response.EnsureNoErrors();
        Assert.Equal("Query", response.StringAt("__typename"));
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_with_an_unsupported_content_type_is_refused_with_415(string contentType)
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Post("""{"query":"{ __typename }"}""", contentType));

        response.AssertRefused(415, ErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task Json_content_type_with_utf8_charset_is_read()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Post("""{"query":"{ __typename }"}""", "application/json; charset=UTF-8"));

        response.EnsureNoErrors();
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("variables=%5B1%5D")]
    [InlineData("variables=not-json")]
    [InlineData("query=%7B__typename%7D&query=%7B__typename%7D")]
    public async Task Get_without_a_well_formed_request_is_refused_with_400(string queryString)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + (queryString.StartsWith("variables", StringComparison.Ordinal) ? "query=%7B__typename%7D&" : string.Empty) + queryString);
        request.Headers.Add("GraphQL-Preflight", "1");

        var response = await app.Anonymous().SendAsync(request);

        response.AssertRefused(400, ErrorCodes.BadRequest);
    }
}
