using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Mentors;

public sealed class RecommendedMentorsTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string RecommendedMentors = """
        query RecommendedMentors($first: Int) {
          recommendedMentors(first: $first) {
            score
            matchedSkills
            mentor { id role profile { displayName bio skills timeZone } rating { average count } }
          }
        }
        """;

    [Fact]
    public async Task Mentors_are_ranked_by_skill_overlap_then_rating_with_score_and_matched_skills()
    {
        var (a, b, c) = (ProfileSetup.UniqueTag("a"), ProfileSetup.UniqueTag("b"), ProfileSetup.UniqueTag("c"));
        var mentee = await app.MenteeAsync();
        await app.SetProfileAsync(mentee.Id, [a, b, c]);
        var three = await app.MentorWithAsync("Three", ["Cooking", a, b.ToUpperInvariant(), c]);
        var two = await app.MentorWithAsync("Two", [a, b], ratingCount: 1, ratingSum: 5);
        var oneRatedFour = await app.MentorWithAsync("One rated four", [b], ratingCount: 1, ratingSum: 4);
        var oneRatedFive = await app.MentorWithAsync("One rated five", [c], ratingCount: 2, ratingSum: 10);
        await app.MentorWithAsync("Unrelated", ["Knitting"], ratingCount: 3, ratingSum: 15);

        var response = await mentee.Client.ExecuteAsync(RecommendedMentors);

        response.EnsureNoErrors();
        var list = response.At("recommendedMentors").EnumerateArray().ToList();
        Assert.Equal(
            [three.Id.ToString(), two.Id.ToString(), oneRatedFive.Id.ToString(), oneRatedFour.Id.ToString()],
            list.Select(r => r.GetProperty("mentor").GetProperty("id").GetString()));
        Assert.Equal([3, 2, 1, 1], list.Select(r => r.GetProperty("score").GetInt32()));
        Assert.Equal([a, b.ToUpperInvariant(), c], list[0].GetProperty("matchedSkills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(5.0, list[2].GetProperty("mentor").GetProperty("rating").GetProperty("average").GetDouble());
    }

    [Fact]
    public async Task Goals_match_skills_they_name_word_for_word_but_not_inside_other_words()
    {
        var (word, other) = (ProfileSetup.UniqueTag("w"), ProfileSetup.UniqueTag("o"));
        var mentee = await app.MenteeAsync();
        await app.SetProfileAsync(mentee.Id, [], goals: [$"Get better at {word} {other}, soon.", $"Try {word}ing"]);
        var phrase = await app.MentorWithAsync("Phrase", [$"{word} {other}"]);
        var single = await app.MentorWithAsync("Single", [other.ToUpperInvariant()]);
        await app.MentorWithAsync("Inside a word", [$"{word}i"]);

        var response = await mentee.Client.ExecuteAsync(RecommendedMentors);

        response.EnsureNoErrors();
        var list = response.At("recommendedMentors").EnumerateArray().ToList();
        Assert.Equal(
            [phrase.Id.ToString(), single.Id.ToString()],
            list.Select(r => r.GetProperty("mentor").GetProperty("id").GetString()).Order());
        Assert.All(list, r => Assert.Equal(1, r.GetProperty("score").GetInt32()));
    }

    [Fact]
    public async Task Mentors_with_a_pending_or_accepted_request_or_an_active_mentorship_are_left_out()
    {
        var tag = ProfileSetup.UniqueTag("Open");
        var mentee = await app.MenteeAsync();
        await app.SetProfileAsync(mentee.Id, [tag]);
        var pending = await app.MentorWithAsync("Pending", [tag]);
        var accepted = await app.MentorWithAsync("Accepted", [tag]);
        var declined = await app.MentorWithAsync("Declined", [tag]);
        var withdrawn = await app.MentorWithAsync("Withdrawn", [tag]);
        var ended = await app.MentorWithAsync("Ended", [tag]);
        var fresh = await app.MentorWithAsync("Fresh", [tag]);
        var inactive = await app.MentorWithAsync("Inactive", [tag]);
        await app.DeactivateAsync(inactive.Id);
        await mentee.SentRequestAsync(pending);
        await accepted.AcceptedMentorshipAsync(await mentee.SentRequestAsync(accepted));
        await declined.DeclineAsync(await mentee.SentRequestAsync(declined));
        await mentee.WithdrawAsync(await mentee.SentRequestAsync(withdrawn));
        await mentee.EndAsync(await ended.AcceptedMentorshipAsync(await mentee.SentRequestAsync(ended)));

        var response = await mentee.Client.ExecuteAsync(RecommendedMentors);

        response.EnsureNoErrors();
        Assert.Equal(
            new[] { declined, withdrawn, ended, fresh }.Select(m => m.Id.ToString()).Order(),
            response.At("recommendedMentors").EnumerateArray().Select(r => r.GetProperty("mentor").GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task A_mentee_without_skills_or_goals_gets_no_recommendations()
    {
        var mentee = await app.MenteeAsync();
        await app.MentorWithAsync("Anyone", ["Go"]);

        var response = await mentee.Client.ExecuteAsync(RecommendedMentors);

        response.EnsureNoErrors();
        Assert.Equal(0, response.At("recommendedMentors").GetArrayLength());
    }

    [Fact]
    public async Task First_limits_the_list_and_must_be_between_1_and_100()
    {
        var tag = ProfileSetup.UniqueTag("First");
        var mentee = await app.MenteeAsync();
        await app.SetProfileAsync(mentee.Id, [tag]);
        await app.MentorWithAsync("One", [tag]);
        await app.MentorWithAsync("Two", [tag]);

        var one = await mentee.Client.ExecuteAsync(RecommendedMentors, new { first = 1 });
        var none = await mentee.Client.ExecuteAsync(RecommendedMentors, new { first = 0 });

        one.EnsureNoErrors();
        Assert.Equal(1, one.At("recommendedMentors").GetArrayLength());
        Assert.Equal(["BAD_USER_INPUT"], none.ErrorCodes);
    }

    [Fact]
    public async Task Mentors_asking_for_recommendations_are_refused_with_FORBIDDEN()
    {
        var mentor = await app.MentorAsync();

        var response = await mentor.Client.ExecuteAsync(RecommendedMentors);

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }
}
