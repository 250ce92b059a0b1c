using System.Net;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class IdeNotInstalledTests(IdeNotInstalledTests.IdeMissingApp app) : IClassFixture<IdeNotInstalledTests.IdeMissingApp>
{
    [Fact]
    public async Task Ide_switched_on_but_not_installed_is_404_telling_to_run_the_run_script()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("./mentorship run", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class IdeMissingApp : MentorshipApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Ide:Enabled"] = "true",
            ["Ide:Path"] = Path.Combine(Path.GetTempPath(), $"mentorship-no-ide-{Guid.NewGuid():N}"),
        };
    }
}
