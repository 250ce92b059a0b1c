using System.Net;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

/// <summary><c>GET /graphql?sdl</c>: the schema file over HTTP, published exactly when introspection is on.</summary>
public sealed class SchemaSdlTests
{
    public sealed class WithIntrospection(MentorshipApp app) : IClassFixture<MentorshipApp>
    {
        [Theory]
        [InlineData("/graphql?sdl")]
        [InlineData("/graphql/?sdl")]
        public async Task Sdl_is_the_committed_schema_graphql_as_utf8_text(string path)
        {
            using var response = await app.CreateClient().GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            var expected = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "schema.graphql"))).ReplaceLineEndings("\n");
            Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task Sdl_is_served_to_a_browser_too()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
            request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

            using var response = await app.CreateClient().SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        }
    }

    public sealed class WithoutIntrospection(AppFor<WithoutIntrospection> host) : IClassFixture<AppFor<WithoutIntrospection>>, IConfiguresApp
    {
        private readonly MentorshipApp app = host.App;

        // As an operator starts it outside Development: the test host's own switch (introspection on) is taken away.
        static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseEnvironment("Production").WithSetting("GraphQL:EnableIntrospection", null);

        [Fact]
        public async Task Sdl_is_refused_with_403_naming_the_setting()
        {
            using var response = await app.CreateClient().GetAsync("/graphql?sdl");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.Contains("GraphQL:EnableIntrospection", body, StringComparison.Ordinal);
            Assert.DoesNotContain("type Query", body, StringComparison.Ordinal);
        }
    }
}
