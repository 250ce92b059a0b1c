using System.Net;
using System.Text;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class SmallLimitsTests(AppFor<SmallLimitsTests> host) : IClassFixture<AppFor<SmallLimitsTests>>, IConfiguresApp
{
    private const int MaxDocumentLength = 300;
    private const int MaxRequestBodyBytes = 2_000;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options
        .WithProbeFields()
        .WithSetting("GraphQL:MaxDocumentLength", $"{MaxDocumentLength}")
        .WithSetting("GraphQL:MaxRequestBodyBytes", $"{MaxRequestBodyBytes}")
        .WithSetting("GraphQL:MaxDepth", "1")
        .WithSetting("GraphQL:ExecutionTimeout", "00:00:02")
        .WithSetting("GraphQL:EnableIntrospection", "false");

    [Fact]
    public async Task Document_longer_than_MaxDocumentLength_is_refused_with_413_before_parsing()
    {
        var query = "{ __typename " + new string(' ', MaxDocumentLength) + "}";

        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery(query));

        response.AssertRefused(413, ErrorCodes.DocumentTooLarge);
    }

    [Fact]
    public async Task Document_longer_than_MaxDocumentLength_is_200_with_application_json()
    {
        var query = "{ __typename " + new string(' ', MaxDocumentLength) + "}";

        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery(query, accept: HttpRequests.Json));

        response.AssertRefused(200, ErrorCodes.DocumentTooLarge);
    }

    [Fact]
    public async Task Body_larger_than_MaxRequestBodyBytes_is_refused_with_413()
    {
        var body = OversizedBody();

        var response = await app.Anonymous().SendAsync(HttpRequests.Post(body));

        response.AssertRefused(413, ErrorCodes.PayloadTooLarge);
    }

    [Fact]
    public async Task Body_larger_than_MaxRequestBodyBytes_without_a_Content_Length_is_refused_with_413_while_reading()
    {
        var body = OversizedBody();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new UnsizedContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new("application/json");

        var response = await app.Anonymous().SendAsync(request);

        response.AssertRefused(413, ErrorCodes.PayloadTooLarge);
    }

    [Fact]
    public async Task Selection_deeper_than_MaxDepth_is_refused_as_too_complex()
    {
        var mentee = await app.AsMenteeAsync();

        var response = await mentee.ExecuteAsync("{ me { profile { displayName } } }");

        response.AssertRefused(400, ErrorCodes.QueryTooComplex);
    }

    [Fact]
    public async Task Operation_running_past_ExecutionTimeout_is_answered_503_TIMEOUT()
    {
        var response = await app.Anonymous().ExecuteAsync("{ probeSlow }");

        response.AssertRefused(503, ErrorCodes.Timeout);
    }

    [Fact]
    public async Task Timeout_is_200_with_application_json()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("{ probeSlow }", accept: HttpRequests.Json));

        response.AssertRefused(200, ErrorCodes.Timeout);
    }

    [Fact]
    public async Task Introspection_switched_off_refuses_schema_and_type_queries()
    {
        var response = await app.Anonymous().ExecuteAsync("{ __schema { queryType { name } } }");

        response.AssertRefused(400, ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Introspection_switched_off_still_answers_typename()
    {
        var response = await app.Anonymous().ExecuteAsync("{ __typename }");

        response.EnsureNoErrors();
        Assert.Equal("Query", response.StringAt("__typename"));
    }

    private static string OversizedBody() =>
        "{\"query\":\"{ __typename }\",\"extensions\":{\"padding\":\"" + new string('x', MaxRequestBodyBytes) + "\"}}";

    /// <summary>A body whose length is not known up front, so it is sent without Content-Length.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
