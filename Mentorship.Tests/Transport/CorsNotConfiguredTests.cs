using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class CorsNotConfiguredTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Without_configured_origins_no_cors_headers_are_sent()
    {
        using var preflight = await app.CreateClient().SendAsync(CorsTests.Preflight("https://app.example"));
        using var request = HttpRequests.PostQuery("{ __typename }");
        request.Headers.Add("Origin", "https://app.example");
        using var response = await app.CreateClient().SendAsync(request);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
