using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Sessions;

/// <summary>The client's session operations (as in the contract) and short ways to run them.</summary>
internal static class SessionOperations
{
    public const string SessionFields = """
        fragment SessionFields on Session {
          id startsAt endsAt status agenda cancelledAt cancellationReason
          mentor { id profile { displayName } }
          mentee { id profile { displayName } }
          feedback { id rating comment }
        }
        """;

    public const string Book = $$"""
        mutation BookSession($input: BookSessionInput!) {
          bookSession(input: $input) { session { ...SessionFields } errors { ...ErrorFields ... on InvalidInputError { field } } }
        }
        {{SessionFields}}
        {{ErrorFields}}
        """;

    public const string Cancel = $$"""
        mutation CancelSession($input: CancelSessionInput!) {
          cancelSession(input: $input) { session { ...SessionFields cancelledBy { id } } errors { ...ErrorFields ... on InvalidInputError { field } } }
        }
        {{SessionFields}}
        {{ErrorFields}}
        """;

    public const string MySessions = $$"""
        query MySessions($when: SessionTimeFilter, $first: Int, $after: String) {
          mySessions(when: $when, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { ...SessionFields }
          }
        }
        {{SessionFields}}
        """;

    public const string Updates = $$"""
        subscription OnSessionUpdated { sessionUpdated { ...SessionFields } }
        {{SessionFields}}
        """;

    public static Task<GraphQLResponse> BookAsync(this TestUser mentee, Guid mentorId, DateTimeOffset startsAt, int durationMinutes = 60, string? agenda = null) =>
        mentee.Client.ExecuteAsync(Book, new { input = new { mentorId, startsAt = Iso(startsAt), durationMinutes, agenda } });

    /// <summary>Books a session that must succeed and returns its id.</summary>
    public static async Task<Guid> BookedAsync(this TestUser mentee, TestUser mentor, DateTimeOffset startsAt, int durationMinutes = 60)
    {
        var response = await mentee.BookAsync(mentor.Id, startsAt, durationMinutes);
        response.EnsureNoErrors();
        Assert.True(response.At("bookSession.errors").ValueKind == JsonValueKind.Null, response.Body);
        return Guid.Parse(response.StringAt("bookSession.session.id")!);
    }

    public static Task<GraphQLResponse> CancelAsync(this TestUser user, Guid sessionId, string? reason = null) =>
        user.Client.ExecuteAsync(Cancel, new { input = new { sessionId, reason } });

    public static Task<GraphQLResponse> MySessionsAsync(this TestUser user, string? when = null, int? first = null, string? after = null) =>
        user.Client.ExecuteAsync(MySessions, new { when, first, after });

    /// <summary>A mentor and a mentee with an active mentorship, the mentor available every hour of every day (UTC).</summary>
    public static async Task<(TestUser Mentee, TestUser Mentor)> PairAsync(this MentorshipApp app)
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        await app.MentorshipAsync(mentee, mentor);
        await mentor.SetAlwaysAvailableAsync();
        return (mentee, mentor);
    }

    /// <summary>Starts a mentorship through the API: the mentee asks, the mentor accepts. Returns its id.</summary>
    public static async Task<Guid> MentorshipAsync(this MentorshipApp app, TestUser mentee, TestUser mentor) =>
        await mentor.AcceptedMentorshipAsync(await mentee.SentRequestAsync(mentor));

    /// <summary>The user with a fresh access token, for after a test has moved the clock past the old one's expiry.</summary>
    public static async Task<TestUser> SignedInAgainAsync(this MentorshipApp app, TestUser user)
    {
        var entity = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        var token = app.Services.GetRequiredService<AccessTokenService>().Issue(entity).Value;
        return user with { AccessToken = token, Client = app.WithToken(token) };
    }

    public static Task<Session> StoredSessionAsync(this MentorshipApp app, Guid sessionId) =>
        app.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId));

    public static Task<int> SessionCountAsync(this MentorshipApp app, Guid mentorId) =>
        app.WithDbAsync(db => db.Sessions.CountAsync(s => s.MentorId == mentorId));

    /// <summary>The single payload error's code, after checking the mutation returned no session.</summary>
    public static string? SessionRefusal(this GraphQLResponse response, string mutation) =>
        response.RefusalCode(mutation, "session");
}
