using System.Net;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Health;

public sealed class HealthTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Live_is_200_while_the_process_serves()
    {
        using var response = await app.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_200_when_the_database_answers()
    {
        using var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
