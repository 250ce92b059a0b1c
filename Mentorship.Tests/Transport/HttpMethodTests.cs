using System.Net;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class HttpMethodTests(AppFor<HttpMethodTests> host) : IClassFixture<AppFor<HttpMethodTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.WithProbeFields();

    [Fact]
    public async Task Get_runs_a_query_with_variables_from_the_query_string()
    {
        var response = await app.Anonymous().SendAsync(
            HttpRequests.Get("query Echo($value: Int!) { probeEcho(value: $value) }", variables: """{"value": 41}""", operationName: "Echo"));

        response.EnsureNoErrors();
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(41, response.At("probeEcho").GetInt32());
    }

    [Fact]
    public async Task Mutation_over_GET_is_refused_with_405_and_Allow_POST()
    {
        var entry = Guid.NewGuid().ToString();
        using var response = await app.CreateClient().SendAsync(HttpRequests.Get($$"""mutation { probeAppend(entry: "{{entry}}") }"""));
        var body = await GraphQLResponse.ReadAsync(response);

        body.AssertRefused(405, ErrorCodes.MethodNotAllowed);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.DoesNotContain(entry, app.ProbeLog.Entries);
    }

    [Fact]
    public async Task Mutation_over_GET_is_405_with_application_json_too()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Get("""mutation { probeAppend(entry: "x") }""", accept: HttpRequests.Json));

        response.AssertRefused(405, ErrorCodes.MethodNotAllowed);
        Assert.Equal(HttpRequests.Json, response.ContentType);
    }

    [Fact]
    public async Task Query_chosen_by_operationName_runs_over_GET_even_when_the_document_also_holds_a_mutation()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Get(
            """query Read { probeLog } mutation Write { probeAppend(entry: "never") }""", operationName: "Read"));

        response.EnsureNoErrors();
        Assert.DoesNotContain("never", app.ProbeLog.Entries);
    }

    [Fact]
    public async Task Mutation_over_POST_runs()
    {
        var entry = Guid.NewGuid().ToString();

        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery($$"""mutation { probeAppend(entry: "{{entry}}") }"""));

        response.EnsureNoErrors();
        Assert.Contains(entry, app.ProbeLog.Entries);
    }

    [Fact]
    public async Task Subscription_over_HTTP_is_refused_with_400_pointing_to_the_WebSocket()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("subscription { probeTicks(count: 1) }"));

        response.AssertRefused(400, ErrorCodes.BadRequest);
        Assert.Contains("graphql-transport-ws", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_is_refused_with_405()
    {
        using var request = HttpRequests.PostQuery("{ __typename }");
        request.Method = HttpMethod.Put;

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_to_graphql_with_a_trailing_slash_is_the_endpoint_too()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Post("""{"query":"{ __typename }"}""", path: "/graphql/"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.StringAt("__typename"));
    }
}
