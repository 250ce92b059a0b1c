using System.Net;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Observability;

public sealed class PrometheusEndpointTests(AppFor<PrometheusEndpointTests> host) : IClassFixture<AppFor<PrometheusEndpointTests>>, IConfiguresApp
{
    private const string Origin = "https://app.example";
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options
        .WithSetting("Observability:Prometheus:Enabled", "true")
        .WithSetting("Cors:Origins:0", Origin);

    [Fact]
    public async Task Metrics_are_served_in_the_Prometheus_text_format_when_enabled()
    {
        (await app.Anonymous().ExecuteAsync("query ScrapedOperation { __typename }")).EnsureNoErrors();

        var metrics = await ScrapeUntilAsync(app, "ScrapedOperation");

        Assert.Contains("mentorship_graphql_operations_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("mentorship_graphql_operation_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Contains("graphql_operation_name=\"ScrapedOperation\"", metrics, StringComparison.Ordinal);
        Assert.Contains("mentorship_graphql_outcome=\"success\"", metrics, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_carry_no_CORS_headers_even_for_an_allowed_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add("Origin", Origin);

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Metrics_are_off_by_default()
    {
        await using var plain = await MentorshipApp.StartAsync(_ => { });

        using var response = await plain.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_a_port_set_metrics_are_not_served_on_other_ports()
    {
        await using var separate = await MentorshipApp.StartAsync(options => options
            .WithSetting("Observability:Prometheus:Enabled", "true")
            .WithSetting("Observability:Prometheus:Port", "9464"));

        using var response = await separate.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The exporter caches its answer for a moment, so a fresh measurement may take a scrape or two to show.</summary>
    private static async Task<string> ScrapeUntilAsync(MentorshipApp app, string expected)
    {
        using var client = app.CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            using var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains(expected, StringComparison.Ordinal) || timeout.IsCancellationRequested)
            {
                return body;
            }

            await Task.Delay(100);
        }
    }
}
