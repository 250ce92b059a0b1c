using System.Net;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class IdeDisabledTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Ide_is_off_outside_Development_by_default_and_a_browser_gets_404_saying_so()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("turned off", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql/bcp-config.json")]
    [InlineData("/graphql/index.html")]
    public async Task Ide_files_are_404_when_the_ide_is_off(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
