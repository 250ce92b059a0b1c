using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Profiles;

public sealed class UpdateProfileTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string UpdateProfile = """
        mutation UpdateProfile($input: UpdateProfileInput!) {
          updateProfile(input: $input) {
            profile { displayName bio skills goals timeZone updatedAt }
            errors { __typename ... on Error { message code } ... on InvalidInputError { field } }
          }
        }
        """;

    [Fact]
    public async Task Every_field_is_saved_and_returned()
    {
        var mentee = await app.MenteeAsync("Before");

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new
        {
            input = new
            {
                displayName = "  Ada Lovelace ",
                bio = "Analytical engines.",
                skills = new[] { "Mathematics", "Poetry" },
                goals = new[] { "Learn system design" },
                timeZone = "Europe/London",
            },
        });

        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("updateProfile.errors").ValueKind);
        Assert.Equal("Ada Lovelace", response.StringAt("updateProfile.profile.displayName"));
        Assert.Equal("Analytical engines.", response.StringAt("updateProfile.profile.bio"));
        Assert.Equal(["Mathematics", "Poetry"], Strings(response.At("updateProfile.profile.skills")));
        Assert.Equal(["Learn system design"], Strings(response.At("updateProfile.profile.goals")));
        Assert.Equal("Europe/London", response.StringAt("updateProfile.profile.timeZone"));
        var stored = await app.WithDbAsync(db => db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == mentee.Id));
        Assert.Equal("Ada Lovelace", stored.DisplayName);
        Assert.Equal("Europe/London", stored.TimeZone);
    }

    [Fact]
    public async Task Fields_left_out_stay_as_they_were_and_null_clears_a_bio()
    {
        var mentee = await app.MenteeAsync("Grace");
        await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { bio = "Compilers.", skills = new[] { "COBOL" }, timeZone = "America/New_York" } });

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { bio = (string?)null } });

        response.EnsureNoErrors();
        Assert.Equal("Grace", response.StringAt("updateProfile.profile.displayName"));
        Assert.Null(response.StringAt("updateProfile.profile.bio"));
        Assert.Equal(["COBOL"], Strings(response.At("updateProfile.profile.skills")));
        Assert.Equal("America/New_York", response.StringAt("updateProfile.profile.timeZone"));
        var stored = await app.WithDbAsync(db => db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == mentee.Id));
        Assert.Null(stored.Bio);
        Assert.Equal("Grace", stored.DisplayName);
        Assert.Equal(["COBOL"], stored.Skills);
        Assert.Equal("America/New_York", stored.TimeZone);
    }

    [Fact]
    public async Task Skills_are_trimmed_deduplicated_case_insensitively_and_stored_with_match_keys()
    {
        var mentor = await app.MentorAsync();

        var response = await mentor.Client.ExecuteAsync(UpdateProfile, new
        {
            input = new { skills = new[] { "  Machine   Learning ", "C#", "machine learning", "c#", "GraphQL" } },
        });

        response.EnsureNoErrors();
        Assert.Equal(["Machine Learning", "C#", "GraphQL"], Strings(response.At("updateProfile.profile.skills")));
        var stored = await app.WithDbAsync(db => db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == mentor.Id));
        Assert.Equal(["machine learning", "c#", "graphql"], stored.SkillKeys);
        Assert.Contains("Machine Learning", stored.SearchText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/Argentina/Buenos_Aires")]
    [InlineData("Asia/Kolkata")]
    public async Task IANA_location_names_and_UTC_are_accepted(string timeZone)
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { timeZone } });

        response.EnsureNoErrors();
        Assert.Equal(timeZone, response.StringAt("updateProfile.profile.timeZone"));
    }

    [Theory]
    [InlineData("W. Europe Standard Time")]
    [InlineData("CET")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("posix/Europe/Berlin")]
    [InlineData("europe/berlin")]
    public async Task Time_zones_that_are_not_IANA_location_names_are_refused(string timeZone)
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { timeZone } });

        AssertRefused(response, "timeZone");
    }

    [Fact]
    public async Task A_bio_over_1000_characters_is_refused_naming_bio()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { bio = new string('x', 1001) } });

        AssertRefused(response, "bio");
    }

    [Fact]
    public async Task A_bio_of_exactly_1000_characters_is_accepted()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { bio = new string('x', 1000) } });

        response.EnsureNoErrors();
        Assert.Equal(1000, response.StringAt("updateProfile.profile.bio")!.Length);
    }

    [Fact]
    public async Task More_than_30_distinct_skills_are_refused_naming_skills()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { skills = Enumerable.Range(1, 31).Select(i => $"Skill {i}") } });

        AssertRefused(response, "skills");
    }

    [Fact]
    public async Task Thirty_one_skills_with_one_repeat_count_as_thirty_and_are_accepted()
    {
        var mentee = await app.MenteeAsync();
        var skills = Enumerable.Range(1, 30).Select(i => $"Skill {i}").Append("SKILL 1");

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { skills } });

        response.EnsureNoErrors();
        Assert.Equal(30, response.At("updateProfile.profile.skills").GetArrayLength());
    }

    [Fact]
    public async Task A_skill_over_40_characters_is_refused_naming_skills()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { skills = new[] { "Go", new string('k', 41) } } });

        AssertRefused(response, "skills");
    }

    [Fact]
    public async Task An_empty_skill_is_refused_naming_skills()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { skills = new[] { "Go", "   " } } });

        AssertRefused(response, "skills");
    }

    [Fact]
    public async Task More_than_10_goals_are_refused_naming_goals()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { goals = Enumerable.Range(1, 11).Select(i => $"Goal {i}") } });

        AssertRefused(response, "goals");
    }

    [Fact]
    public async Task An_empty_or_null_display_name_is_refused_naming_displayName()
    {
        var mentee = await app.MenteeAsync();

        var blank = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { displayName = "   " } });
        var missing = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { displayName = (string?)null } });

        AssertRefused(blank, "displayName");
        AssertRefused(missing, "displayName");
    }

    [Fact]
    public async Task A_display_name_with_a_line_break_or_over_100_characters_is_refused_as_at_sign_up()
    {
        var mentee = await app.MenteeAsync("Unchanged");

        var lineBreak = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { displayName = "Ada\nLovelace" } });
        var tooLong = await mentee.Client.ExecuteAsync(UpdateProfile, new { input = new { displayName = new string('a', 101) } });

        AssertRefused(lineBreak, "displayName");
        AssertRefused(tooLong, "displayName");
        var stored = await app.WithDbAsync(db => db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == mentee.Id));
        Assert.Equal("Unchanged", stored.DisplayName);
    }

    [Fact]
    public async Task Every_refused_field_is_named_and_nothing_is_saved()
    {
        var mentee = await app.MenteeAsync("Unchanged");

        var response = await mentee.Client.ExecuteAsync(UpdateProfile, new
        {
            input = new { displayName = "Changed", bio = new string('x', 1001), timeZone = "Nowhere/City" },
        });

        response.EnsureNoErrors();
        var fields = response.At("updateProfile.errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["bio", "timeZone"], fields);
        var stored = await app.WithDbAsync(db => db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == mentee.Id));
        Assert.Equal("Unchanged", stored.DisplayName);
    }

    private static void AssertRefused(GraphQLResponse response, string field)
    {
        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("updateProfile.profile").ValueKind);
        var error = Assert.Single(response.At("updateProfile.errors").EnumerateArray());
        Assert.Equal("InvalidInputError", error.GetProperty("__typename").GetString());
        Assert.Equal("INVALID_INPUT", error.GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
    }

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];
}
