using System.Net;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

/// <summary>The origins a local web client runs on (Vite's dev server and preview, port 3000) may call the API in Development, and only there.</summary>
public sealed class CorsInDevelopmentTests
{
    public static TheoryData<string> LocalOrigins { get; } =
    [
        "http://localhost:3000", "http://127.0.0.1:3000",
        "http://localhost:5173", "http://127.0.0.1:5173",
        "http://localhost:4173", "http://127.0.0.1:4173",
    ];

    public sealed class InDevelopment(AppFor<InDevelopment> host) : IClassFixture<AppFor<InDevelopment>>, IConfiguresApp
    {
        private readonly MentorshipApp app = host.App;

        static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseEnvironment("Development");

        [Theory]
        [MemberData(nameof(LocalOrigins), MemberType = typeof(CorsInDevelopmentTests))]
        public async Task Preflight_from_a_local_web_client_is_allowed(string origin)
        {
            using var response = await app.CreateClient().SendAsync(CorsTests.Preflight(origin));

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal([origin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        }

        [Fact]
        public async Task Preflight_from_another_port_gets_no_cors_headers()
        {
            using var response = await app.CreateClient().SendAsync(CorsTests.Preflight("http://127.0.0.1:8081"));

            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }

    public sealed class InProduction(AppFor<InProduction> host) : IClassFixture<AppFor<InProduction>>, IConfiguresApp
    {
        private readonly MentorshipApp app = host.App;

        static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseEnvironment("Production");

        [Theory]
        [MemberData(nameof(LocalOrigins), MemberType = typeof(CorsInDevelopmentTests))]
        public async Task Preflight_from_a_local_web_client_gets_no_cors_headers(string origin)
        {
            using var response = await app.CreateClient().SendAsync(CorsTests.Preflight(origin));

            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }
}
