using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Mentorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mentorship.Tests.Transport;

public sealed class IdeTests(AppFor<IdeTests> host) : IClassFixture<AppFor<IdeTests>>, IConfiguresApp
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly MentorshipApp app = host.App;

    /// <summary>The IDE on, served from a small stand-in package.</summary>
    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) =>
        options.WithSetting("Ide:Enabled", "true").WithSetting("Ide:Path", StandInIde.PackagePath);

    [Fact]
    public async Task Browser_opening_graphql_is_redirected_to_the_page_under_graphql_slash()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.SendAsync(Browser("/graphql"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Browser_opening_graphql_slash_gets_the_ide_page()
    {
        using var response = await app.CreateClient().SendAsync(Browser("/graphql/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(StandInIde.IndexHtml, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ide_file_is_served_under_graphql_slash()
    {
        using var response = await app.CreateClient().GetAsync("/graphql/static/js/main.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(StandInIde.MainJs, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Generated_bcp_config_points_the_ide_at_this_server_without_telemetry()
    {
        using var response = await app.CreateClient().GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            """{"useBrowserUrlAsEndpoint":true,"endpoint":"/graphql","subscriptionEndpoint":"/graphql","disableTelemetry":true}""",
            JsonSerializer.Serialize(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));
    }

    [Theory]
    [InlineData("/graphql/static/js/missing.js")]
    [InlineData("/graphql/%2E%2E/outside.txt")]
    public async Task Missing_or_outside_files_are_404(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Graphql_requests_to_graphql_slash_still_run_beside_the_ide()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/?query=%7B__typename%7D");
        request.Headers.Add("GraphQL-Preflight", "1");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        var response = await app.Anonymous().SendAsync(request);

        response.EnsureNoErrors();
        Assert.Equal("Query", response.StringAt("__typename"));
    }

    private static HttpRequestMessage Browser(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return request;
    }
}
