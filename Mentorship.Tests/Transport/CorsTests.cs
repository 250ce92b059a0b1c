using System.Net;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class CorsTests(AppFor<CorsTests> host) : IClassFixture<AppFor<CorsTests>>, IConfiguresApp
{
    private const string AllowedOrigin = "https://app.example";

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.WithSetting("Cors:Origins:0", AllowedOrigin);

    [Fact]
    public async Task Preflight_from_an_allowed_origin_is_answered_with_cors_headers()
    {
        using var response = await app.CreateClient().SendAsync(Preflight(AllowedOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([AllowedOrigin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Preflight_from_another_origin_gets_no_cors_headers()
    {
        using var response = await app.CreateClient().SendAsync(Preflight("https://evil.example"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Request_from_an_allowed_origin_is_answered_with_its_origin()
    {
        using var request = HttpRequests.PostQuery("{ __typename }");
        request.Headers.Add("Origin", AllowedOrigin);

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([AllowedOrigin], response.Headers.GetValues("Access-Control-Allow-Origin"));
    }

    internal static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
        return request;
    }
}
