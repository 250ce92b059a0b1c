using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Sessions;
using Mentorship.GraphQL.Realtime;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;
using FeedbackEntity = Mentorship.Data.Entities.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Features.Sessions;

/// <summary>
/// A batch of session updates is resolved together: one query for all its sessions with both parties and their feedback,
/// and each subscriber reads its own sessions, in order, as itself.
/// </summary>
public sealed class SessionUpdatedBurstTests(AppFor<SessionUpdatedBurstTests> host) : IClassFixture<AppFor<SessionUpdatedBurstTests>>, IConfiguresApp
{
    private const string Subscription = $$"""
        subscription OnSessionUpdated { sessionUpdated { ...SessionFields mentee { email } mentor { email } feedback { mentee { id } } } }
        {{SessionOperations.SessionFields}}
        """;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests().CountSqlCommands();

    [Fact]
    public async Task Batch_of_session_events_for_many_subscribers_loads_its_sessions_with_one_SQL_statement_and_each_reads_them_as_itself()
    {
        var mentors = new[] { await app.MentorAsync(), await app.MentorAsync() };
        var mentees = new[] { await app.MenteeAsync(), await app.MenteeAsync(), await app.MenteeAsync() };
        var sessions = await ArrangeSessionsAsync(mentors, mentees);
        var sockets = new List<(TestUser User, GraphQLWebSocketClient Socket)>();
        foreach (var user in mentees.Concat(mentors))
        {
            var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = user.AccessToken });
            await socket.SubscribeAsync("sessions", Subscription);
            sockets.Add((user, socket));
            await RealtimeProbe.WaitForSubscribersAsync(app, sockets.Count);
        }

        try
        {
            var batch = sessions.Select(SessionEvents.UpdatedEvent).ToList();
            app.Sql.Reset();
            await app.Services.GetRequiredService<RealtimeEventHub>().DispatchAsync(batch, CancellationToken.None);

            foreach (var (user, socket) in sockets)
            {
                foreach (var expected in sessions.Where(s => s.MenteeId == user.Id || s.MentorId == user.Id))
                {
                    var session = await socket.NextSessionUpdateAsync();
                    Assert.Equal(expected.Id, Guid.Parse(session.GetProperty("id").GetString()!));
                    Assert.Equal(expected.MenteeId == user.Id ? user.Email : null, session.GetProperty("mentee").GetProperty("email").GetString());
                    Assert.Equal(expected.MentorId == user.Id ? user.Email : null, session.GetProperty("mentor").GetProperty("email").GetString());
                    if (expected.Feedback is { } feedback)
                    {
                        Assert.Equal(feedback.Rating, session.GetProperty("feedback").GetProperty("rating").GetInt32());
                        Assert.Equal(expected.MenteeId.ToString(), session.GetProperty("feedback").GetProperty("mentee").GetProperty("id").GetString());
                    }
                    else
                    {
                        Assert.Equal(JsonValueKind.Null, session.GetProperty("feedback").ValueKind);
                    }
                }
            }

            Assert.True(app.Sql.Count == 1, $"The batch sent {app.Sql.Count} SQL commands:\n{app.Sql.Log}");
        }
        finally
        {
            foreach (var (_, socket) in sockets)
            {
                await socket.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// A running mentorship of every mentee with every mentor and one session each, written straight to the database;
    /// the first session ended yesterday and carries its mentee's rating.
    /// </summary>
    private async Task<List<Session>> ArrangeSessionsAsync(TestUser[] mentors, TestUser[] mentees)
    {
        var now = DateTimeOffset.UtcNow;
        var sessions = new List<Session>();
        await app.WithDbAsync(async db =>
        {
            var hour = 0;
            foreach (var mentor in mentors)
            {
                foreach (var mentee in mentees)
                {
                    var request = new MentorshipRequest
                    {
                        Id = Guid.CreateVersion7(), MenteeId = mentee.Id, MentorId = mentor.Id, Status = MentorshipRequestStatus.Accepted,
                        CreatedAt = now, RespondedAt = now, RespondedById = mentor.Id,
                    };
                    var mentorship = new Pairing
                    {
                        Id = Guid.CreateVersion7(), MentorId = mentor.Id, MenteeId = mentee.Id, RequestId = request.Id,
                        Status = MentorshipStatus.Active, StartedAt = now,
                    };
                    var startsAt = hour == 0 ? now.AddDays(-1) : now.AddDays(1).AddHours(hour);
                    var session = new Session
                    {
                        Id = Guid.CreateVersion7(), MentorId = mentor.Id, MenteeId = mentee.Id, MentorshipId = mentorship.Id,
                        StartsAt = startsAt, EndsAt = startsAt.AddHours(1), Status = SessionStatus.Scheduled, CreatedAt = now.AddDays(-2),
                    };
                    if (hour == 0)
                    {
                        session.Feedback = new FeedbackEntity
                        {
                            Id = Guid.CreateVersion7(), SessionId = session.Id, MentorId = mentor.Id, MenteeId = mentee.Id,
                            Rating = 4, Comment = "Helpful.", CreatedAt = now,
                        };
                    }

                    db.MentorshipRequests.Add(request);
                    db.Pairings.Add(mentorship);
                    db.Sessions.Add(session);
                    sessions.Add(session);
                    hour++;
                }
            }

            await db.SaveChangesAsync();
        });
        return sessions;
    }
}
