using System.Net;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class CsrfPreventionTests(AppFor<CsrfPreventionTests> host) : IClassFixture<AppFor<CsrfPreventionTests>>, IConfiguresApp
{
    private const string Body = """{"query":"{ probeEcho(value: 1) }"}""";

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.WithProbeFields();

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Post_a_browser_could_send_cross_site_without_preflight_is_refused_with_400(string? contentType)
    {
        var before = app.ProbeLog.Entries.Count;

        var response = await app.Anonymous().SendAsync(HttpRequests.Post(Body, contentType));

        response.AssertRefused(400, ErrorCodes.BadRequest);
        Assert.Contains("cross-site request forgery", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, app.ProbeLog.Entries.Count);
    }

    [Theory]
    [InlineData("GraphQL-Preflight")]
    [InlineData("GraphQL-Require-Preflight")]
    [InlineData("Apollo-Require-Preflight")]
    [InlineData("X-Apollo-Operation-Name")]
    public async Task Non_json_post_with_a_preflight_header_passes_the_check_and_gets_415(string header)
    {
        using var request = HttpRequests.Post(Body, "text/plain");
        request.Headers.Add(header, "1");

        var response = await app.Anonymous().SendAsync(request);

        response.AssertRefused(415, ErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task Empty_preflight_header_does_not_count()
    {
        using var request = HttpRequests.Post(Body, "text/plain");
        request.Headers.TryAddWithoutValidation("GraphQL-Preflight", " ");

        var response = await app.Anonymous().SendAsync(request);

        response.AssertRefused(400, ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Json_post_needs_no_preflight_header()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Post(Body));

        response.EnsureNoErrors();
    }

    [Fact]
    public async Task Get_query_without_a_preflight_header_runs_as_in_HotChocolate()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.Get("{ probeEcho(value: 2) }", preflight: false));

        response.EnsureNoErrors();
        Assert.Equal(2, response.At("probeEcho").GetInt32());
        Assert.Contains("echo 2", app.ProbeLog.Entries);
    }

    [Fact]
    public async Task Get_mutation_without_a_preflight_header_is_still_405_and_not_executed()
    {
        var entry = $"csrf-{Guid.NewGuid()}";

        var response = await app.Anonymous().SendAsync(HttpRequests.Get($$"""mutation { probeAppend(entry: "{{entry}}") }""", preflight: false));

        response.AssertRefused(405, ErrorCodes.MethodNotAllowed);
        Assert.DoesNotContain(app.ProbeLog.Entries, e => e.Contains(entry, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_with_a_content_type_that_needs_preflight_is_let_through()
    {
        using var request = HttpRequests.Get("{ probeEcho(value: 3) }", preflight: false);
        request.Content = new ByteArrayContent([]);
        request.Content.Headers.ContentType = new("application/json");

        var response = await app.Anonymous().SendAsync(request);

        response.EnsureNoErrors();
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }
}
