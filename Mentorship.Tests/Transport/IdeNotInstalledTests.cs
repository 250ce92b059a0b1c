using System.Net;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class IdeNotInstalledTests(AppFor<IdeNotInstalledTests> host) : IClassFixture<AppFor<IdeNotInstalledTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options
        .WithSetting("Ide:Enabled", "true")
        .WithSetting("Ide:Path", Path.Combine(Path.GetTempPath(), $"mentorship-no-ide-{Guid.NewGuid():N}"));

    [Fact]
    public async Task Ide_switched_on_but_not_installed_is_404_telling_to_run_the_run_script()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("./mentorship run", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
