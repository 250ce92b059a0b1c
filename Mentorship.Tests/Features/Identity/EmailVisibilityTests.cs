using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Identity;

public sealed class EmailVisibilityTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string UserProfile = """
        query UserProfile($id: ID!) { user(id: $id) { ...UserCard email } }
        fragment UserCard on User { id role profile { displayName } }
        """;

    [Fact]
    public async Task The_owner_sees_their_own_email()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UserProfile, new { id = mentee.Id });

        Assert.Equal(mentee.Email, response.EnsureNoErrors().StringAt("user.email"));
    }

    [Fact]
    public async Task An_admin_sees_anyones_email()
    {
        var mentee = await app.MenteeAsync();
        var admin = await app.AdminAsync();

        var response = await admin.Client.ExecuteAsync(UserProfile, new { id = mentee.Id });

        Assert.Equal(mentee.Email, response.EnsureNoErrors().StringAt("user.email"));
    }

    [Fact]
    public async Task Another_user_sees_the_profile_but_a_null_email()
    {
        var mentor = await app.MentorAsync("Visible Name");
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UserProfile, new { id = mentor.Id });

        Assert.Equal("Visible Name", response.EnsureNoErrors().StringAt("user.profile.displayName"));
        Assert.Null(response.StringAt("user.email"));
    }
}
