using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Users;

public sealed class MeTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string Me = "query Me { me { id email role isActive profile { displayName } } }";

    [Fact]
    public async Task Me_returns_the_signed_in_user_with_their_email()
    {
        var mentee = await app.MenteeAsync("Ada");

        var response = await mentee.Client.ExecuteAsync(Me);

        response.EnsureNoErrors();
        Assert.Equal(mentee.Id.ToString(), response.StringAt("me.id"));
        Assert.Equal(mentee.Email, response.StringAt("me.email"));
        Assert.Equal("MENTEE", response.StringAt("me.role"));
        Assert.Equal("Ada", response.StringAt("me.profile.displayName"));
    }
}
