using System.Text.Json;
using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Scheduling;

public sealed class SetWeeklyAvailabilityTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private static readonly object[] Original = [Block("MONDAY", "09:00", "12:00"), Block("WEDNESDAY", "14:00", "16:30")];

    [Fact]
    public async Task Mentor_sets_a_weekly_schedule_and_reads_it_back_in_order()
    {
        var mentor = await app.MentorAsync();

        var set = await mentor.SetAvailabilityAsync(
            "Europe/Berlin",
            Block("WEDNESDAY", "14:00", "16:30"), Block("MONDAY", "13:00:00", "14:00"), Block("MONDAY", "09:00", "12:00"), Block("SUNDAY", "22:00", "00:00"));
        var read = await mentor.Client.ExecuteAsync(MyAvailability);

        set.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, set.At("setWeeklyAvailability.errors").ValueKind);
        read.EnsureNoErrors();
        foreach (var availability in new[] { set.At("setWeeklyAvailability.availability"), read.At("me.availability") })
        {
            Assert.Equal("Europe/Berlin", availability.GetProperty("timeZone").GetString());
            Assert.Equal(
                ["MONDAY 09:00:00–12:00:00", "MONDAY 13:00:00–14:00:00", "WEDNESDAY 14:00:00–16:30:00", "SUNDAY 22:00:00–00:00:00"],
                Blocks(availability));
        }
    }

    [Fact]
    public async Task Setting_a_schedule_again_replaces_its_zone_and_every_block()
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Europe/Berlin", Original);

        await mentor.SetAvailableAsync("America/New_York", Block("FRIDAY", "10:00", "11:00"));

        var read = await mentor.Client.ExecuteAsync(MyAvailability);
        Assert.Equal("America/New_York", read.StringAt("me.availability.timeZone"));
        Assert.Equal(["FRIDAY 10:00:00–11:00:00"], Blocks(read.At("me.availability")));
        Assert.Equal(1, await app.WithDbAsync(db => db.AvailabilityBlocks.CountAsync(b => b.MentorId == mentor.Id)));
    }

    [Fact]
    public async Task Blocks_of_one_day_may_touch_and_an_empty_list_offers_no_time()
    {
        var mentor = await app.MentorAsync();

        var touching = await mentor.SetAvailabilityAsync("UTC", Block("TUESDAY", "09:00", "10:00"), Block("TUESDAY", "10:00", "11:00"));
        var empty = await mentor.SetAvailabilityAsync("UTC");

        Assert.Equal(JsonValueKind.Null, touching.At("setWeeklyAvailability.errors").ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.At("setWeeklyAvailability.errors").ValueKind);
        Assert.Empty(Blocks(empty.At("setWeeklyAvailability.availability")));
    }

    [Theory]
    [InlineData("blocks[1].startTime", "09:10", "10:00", "BLOCK_OFF_GRID")]
    [InlineData("blocks[1].endTime", "09:00", "10:00:30", "BLOCK_OFF_GRID")]
    [InlineData("blocks[1].endTime", "10:00", "09:00", "BLOCK_END_NOT_AFTER_START")]
    [InlineData("blocks[1].endTime", "10:00", "10:00", "BLOCK_END_NOT_AFTER_START")]
    public async Task A_refused_block_is_named_by_its_index_and_the_old_schedule_stays(string field, string start, string end, string code)
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Europe/Berlin", Original);

        var response = await mentor.SetAvailabilityAsync("UTC", Block("FRIDAY", "08:00", "09:00"), Block("FRIDAY", start, end));

        var error = Refusal(response);
        Assert.Equal((code, 1), (error.GetProperty("code").GetString(), error.GetProperty("blockIndex").GetInt32()));
        if (error.TryGetProperty("field", out var named))
        {
            Assert.Equal(field, named.GetString());
        }

        await AssertOriginalScheduleAsync(mentor);
    }

    [Fact]
    public async Task Overlapping_blocks_of_one_day_are_refused_naming_both()
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Europe/Berlin", Original);

        var response = await mentor.SetAvailabilityAsync(
            "Europe/Berlin", Block("THURSDAY", "09:00", "11:00"), Block("MONDAY", "09:00", "10:00"), Block("THURSDAY", "10:45", "12:00"));

        var error = Refusal(response);
        Assert.Equal(
            ("OVERLAPPING_BLOCKS", "OverlappingBlocksError", 2, 0),
            (error.GetProperty("code").GetString(), error.GetProperty("__typename").GetString(), error.GetProperty("blockIndex").GetInt32(), error.GetProperty("otherBlockIndex").GetInt32()));
        await AssertOriginalScheduleAsync(mentor);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("CET")]
    [InlineData("europe/berlin")]
    [InlineData("")]
    public async Task A_time_zone_that_is_not_an_IANA_name_is_refused(string timeZone)
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Europe/Berlin", Original);

        var response = await mentor.SetAvailabilityAsync(timeZone, Block("MONDAY", "09:00", "10:00"));

        Assert.Equal("UNKNOWN_TIME_ZONE", Refusal(response).GetProperty("code").GetString());
        await AssertOriginalScheduleAsync(mentor);
    }

    [Fact]
    public async Task At_most_50_blocks()
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Europe/Berlin", Original);
        var fifty = Enumerable.Range(0, 50).Select(i => Block(Days[i % 7], $"{i / 7:00}:00", $"{i / 7:00}:30")).ToArray();

        var accepted = await mentor.SetAvailabilityAsync("UTC", fifty);
        var refused = await mentor.SetAvailabilityAsync("Europe/Berlin", [.. fifty, Block("SUNDAY", "23:00", "23:15")]);

        Assert.Equal(JsonValueKind.Null, accepted.At("setWeeklyAvailability.errors").ValueKind);
        var error = Refusal(refused);
        Assert.Equal(("INVALID_INPUT", "blocks"), (error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(50, await app.WithDbAsync(db => db.AvailabilityBlocks.CountAsync(b => b.MentorId == mentor.Id)));
    }

    [Theory]
    [InlineData("9:00")]
    [InlineData("09:00:00.5")]
    [InlineData("24:00")]
    [InlineData("noon")]
    public async Task A_malformed_local_time_is_BAD_USER_INPUT(string time)
    {
        var mentor = await app.MentorAsync();

        var response = await mentor.SetAvailabilityAsync("UTC", Block("MONDAY", time, "12:00"));

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.False(await app.WithDbAsync(db => db.WeeklyAvailabilities.AnyAsync(a => a.MentorId == mentor.Id)));
    }

    [Fact]
    public async Task Only_mentors_set_availability()
    {
        var mentee = await app.MenteeAsync();

        var asMentee = await mentee.SetAvailabilityAsync("UTC", Block("MONDAY", "09:00", "10:00"));
        var anonymous = await app.Anonymous().ExecuteAsync(SetWeeklyAvailability, new { input = new { timeZone = "UTC", blocks = Array.Empty<object>() } });

        asMentee.AssertForbidden();
        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task Anyone_reads_a_mentors_availability_and_other_users_have_none()
    {
        var mentor = await app.MentorAsync();
        var withoutSchedule = await app.MentorAsync();
        var mentee = await app.MenteeAsync();
        await mentor.SetAvailableAsync("Asia/Tokyo", Original);
        const string Query = $$"""
            query MentorDetail($id: ID!) { mentor(id: $id) { id availability { ...AvailabilityFields } } }
            {{AvailabilityFields}}
            """;

        var anonymous = await app.Anonymous().ExecuteAsync(Query, new { id = mentor.Id });
        var none = await app.Anonymous().ExecuteAsync(Query, new { id = withoutSchedule.Id });
        var menteeSelf = await mentee.Client.ExecuteAsync(MyAvailability);

        anonymous.EnsureNoErrors();
        Assert.Equal("Asia/Tokyo", anonymous.StringAt("mentor.availability.timeZone"));
        Assert.Equal(["MONDAY 09:00:00–12:00:00", "WEDNESDAY 14:00:00–16:30:00"], Blocks(anonymous.At("mentor.availability")));
        Assert.Equal(JsonValueKind.Null, none.At("mentor.availability").ValueKind);
        Assert.Equal(JsonValueKind.Null, menteeSelf.At("me.availability").ValueKind);
    }

    private static JsonElement Refusal(GraphQLResponse response)
    {
        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("setWeeklyAvailability.availability").ValueKind);
        return Assert.Single(response.At("setWeeklyAvailability.errors").EnumerateArray());
    }

    private static async Task AssertOriginalScheduleAsync(TestUser mentor)
    {
        var read = await mentor.Client.ExecuteAsync(MyAvailability);
        Assert.Equal("Europe/Berlin", read.StringAt("me.availability.timeZone"));
        Assert.Equal(["MONDAY 09:00:00–12:00:00", "WEDNESDAY 14:00:00–16:30:00"], Blocks(read.At("me.availability")));
    }

    private static string[] Blocks(JsonElement availability) =>
    [
        .. availability.GetProperty("blocks").EnumerateArray().Select(b =>
            $"{b.GetProperty("dayOfWeek").GetString()} {b.GetProperty("startTime").GetString()}–{b.GetProperty("endTime").GetString()}"),
    ];
}
