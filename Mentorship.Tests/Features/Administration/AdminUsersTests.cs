using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Administration;

public sealed class AdminUsersTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Users_are_listed_newest_first_with_email_role_state_and_profile()
    {
        var tag = ProfileSetup.UniqueTag("List");
        var mentee = await app.MenteeAsync($"Mentee {tag}");
        var mentor = await app.MentorAsync($"Mentor {tag}");
        var admin = await app.AdminAsync($"Admin {tag}");
        await app.DeactivateAsync(mentor.Id);

        var response = await admin.Client.UsersAsync(new { search = tag });

        Assert.Equal([admin.Id.ToString(), mentor.Id.ToString(), mentee.Id.ToString()], response.UserIds());
        Assert.Equal(3, response.At("users.totalCount").GetInt32());
        var node = response.At("users.nodes.1");
        Assert.Equal(mentor.Email, node.GetProperty("email").GetString());
        Assert.Equal("MENTOR", node.GetProperty("role").GetString());
        Assert.False(node.GetProperty("isActive").GetBoolean());
        Assert.Equal($"Mentor {tag}", node.GetProperty("profile").GetProperty("displayName").GetString());
        Assert.NotNull(node.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task Role_and_state_filters_combine()
    {
        var tag = ProfileSetup.UniqueTag("Filter");
        var activeMentor = await app.MentorAsync($"A {tag}");
        var inactiveMentor = await app.MentorAsync($"B {tag}");
        var inactiveMentee = await app.MenteeAsync($"C {tag}");
        await app.DeactivateAsync(inactiveMentor.Id);
        await app.DeactivateAsync(inactiveMentee.Id);
        var admin = await app.AsAdminAsync();

        var mentors = await admin.UsersAsync(new { search = tag, role = "MENTOR" });
        var inactive = await admin.UsersAsync(new { search = tag, isActive = false });
        var inactiveMentors = await admin.UsersAsync(new { search = tag, role = "MENTOR", isActive = false });
        var activeMentees = await admin.UsersAsync(new { search = tag, role = "MENTEE", isActive = true });

        Assert.Equal([inactiveMentor.Id.ToString(), activeMentor.Id.ToString()], mentors.UserIds());
        Assert.Equal([inactiveMentee.Id.ToString(), inactiveMentor.Id.ToString()], inactive.UserIds());
        Assert.Equal([inactiveMentor.Id.ToString()], inactiveMentors.UserIds());
        Assert.Empty(activeMentees.UserIds());
    }

    [Fact]
    public async Task Search_finds_text_in_display_name_or_email_ignoring_case_but_not_in_bio_or_skills()
    {
        var tag = ProfileSetup.UniqueTag("Zq");
        var inName = await app.MentorAsync($"Dr {tag} Smith");
        var inEmail = await app.CreateUserAsync(Role.Mentee, "Plain name", email: $"{tag}.someone@example.com");
        var inBio = await app.MentorWithAsync("Bio only", [], bio: $"I know {tag}.");
        await app.MentorWithAsync("Skill only", [tag]);
        var admin = await app.AsAdminAsync();

        var response = await admin.UsersAsync(new { search = $"  {tag.ToUpperInvariant()}  " });

        Assert.Equal([inEmail.Id.ToString(), inName.Id.ToString()], response.UserIds());
        Assert.DoesNotContain(inBio.Id.ToString(), response.UserIds());
    }

    [Fact]
    public async Task Percent_and_underscore_in_a_search_match_only_themselves()
    {
        var tag = ProfileSetup.UniqueTag("Wild");
        var percent = await app.MenteeAsync($"{tag} 100% sure");
        await app.MenteeAsync($"{tag} 100 x sure");
        var underscore = await app.MenteeAsync($"{tag} a_b");
        await app.MenteeAsync($"{tag} axb");
        var admin = await app.AsAdminAsync();

        var byPercent = await admin.UsersAsync(new { search = $"{tag} 100% s" });
        var byUnderscore = await admin.UsersAsync(new { search = $"{tag} a_b" });

        Assert.Equal([percent.Id.ToString()], byPercent.UserIds());
        Assert.Equal([underscore.Id.ToString()], byUnderscore.UserIds());
    }

    [Fact]
    public async Task Pages_continue_after_the_cursor_without_gaps_or_repeats()
    {
        var tag = ProfileSetup.UniqueTag("Page");
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await app.MenteeAsync($"{tag} {i}")).Id.ToString());
        }

        var admin = await app.AsAdminAsync();
        var seen = new List<string?>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await admin.UsersAsync(new { search = tag }, first: 2, after: after);
            Assert.Equal(5, page.At("users.totalCount").GetInt32());
            seen.AddRange(page.UserIds());
            after = page.At("users.pageInfo.hasNextPage").GetBoolean() ? page.StringAt("users.pageInfo.endCursor") : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(created.AsEnumerable().Reverse(), seen);
    }

    [Theory]
    [InlineData("too long")]
    [InlineData("NUL")]
    public async Task A_search_that_cannot_be_run_is_answered_BAD_USER_INPUT(string problem)
    {
        var admin = await app.AsAdminAsync();
        var search = problem == "NUL" ? "ab\0cd" : new string('x', 101);

        var response = await admin.UsersAsync(new { search });

        // A NUL is refused before execution (no `data` at all), an over-long search by the field (`data: null`).
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.True(!response.Json.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null, response.Body);
    }

    [Fact]
    public async Task A_search_of_exactly_100_characters_is_run()
    {
        var admin = await app.AsAdminAsync();

        var response = await admin.UsersAsync(new { search = new string('x', 100) });

        Assert.Empty(response.UserIds());
    }
}
