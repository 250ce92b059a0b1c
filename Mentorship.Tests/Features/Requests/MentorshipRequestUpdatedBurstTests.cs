using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Requests;
using Mentorship.GraphQL.Realtime;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentorship.Tests.Features.Requests;

/// <summary>
/// Bursts of request updates: events that arrive together are resolved together, with one query for all their
/// requests and both parties, and each subscriber still reads its events in commit order, as itself.
/// </summary>
public sealed class MentorshipRequestUpdatedBurstTests(AppFor<MentorshipRequestUpdatedBurstTests> host)
    : IClassFixture<AppFor<MentorshipRequestUpdatedBurstTests>>, IConfiguresApp
{
    private const int Mentees = 6;
    private const int Mentors = 3;

    private const string WithEmails = """
        subscription { mentorshipRequestUpdated { id status mentee { id email } mentor { id email } respondedBy { id } } }
        """;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests().CountSqlCommands();

    [Fact]
    public async Task Burst_committed_at_once_reaches_every_party_in_commit_order_with_at_most_three_SQL_statements()
    {
        var (mentees, mentors, requests) = await ArrangeAsync();
        var sockets = await SubscribeAsync([.. mentees, .. mentors]);
        try
        {
            // Every mentee's request to each mentor in turn: 18 events, each for one mentee and one mentor.
            var burst = mentors.SelectMany(mentor => mentees.Select(mentee => requests[(mentee.Id, mentor.Id)])).ToList();
            app.Sql.Reset();
            await NotifyInOneTransactionAsync(burst.Select(MentorshipRequestEvents.UpdatedEvent));

            foreach (var (user, socket) in sockets)
            {
                var expected = burst.Where(r => r.MenteeId == user.Id || r.MentorId == user.Id).Select(r => r.Id).ToList();
                var received = new List<Guid>();
                foreach (var _ in expected)
                {
                    received.Add(IdOf(await socket.NextRequestAsync()));
                }

                Assert.Equal(expected, received);
            }

            // One statement per batch of events that arrived together; one per event and subscriber would be 36 or more.
            Assert.True(app.Sql.Count <= 3, $"The burst sent {app.Sql.Count} SQL commands:\n{app.Sql.Log}");
        }
        finally
        {
            await DisposeAsync(sockets);
        }
    }

    [Fact]
    public async Task Batch_of_events_for_many_subscribers_loads_its_requests_with_one_SQL_statement_and_each_reads_them_as_itself()
    {
        var (mentees, mentors, requests) = await ArrangeAsync();
        var sockets = await SubscribeAsync([.. mentees, .. mentors], WithEmails);
        try
        {
            var batch = mentors.SelectMany(mentor => mentees.Select(mentee => MentorshipRequestEvents.UpdatedEvent(requests[(mentee.Id, mentor.Id)]))).ToList();
            app.Sql.Reset();
            await app.Services.GetRequiredService<RealtimeEventHub>().DispatchAsync(batch, CancellationToken.None);

            foreach (var (user, socket) in sockets)
            {
                var expected = batch.Where(e => e.RecipientIds.Contains(user.Id)).Select(e => e.SubjectId).ToList();
                foreach (var requestId in expected)
                {
                    var request = await socket.NextRequestAsync();
                    var (menteeId, mentorId) = (IdOf(request.GetProperty("mentee")), IdOf(request.GetProperty("mentor")));

                    // Email is visible only to its owner: the other party's is null in the same batch.
                    Assert.Equal(requestId, IdOf(request));
                    Assert.Equal(menteeId == user.Id ? user.Email : null, request.GetProperty("mentee").GetProperty("email").GetString());
                    Assert.Equal(mentorId == user.Id ? user.Email : null, request.GetProperty("mentor").GetProperty("email").GetString());
                    Assert.Equal(JsonValueKind.Null, request.GetProperty("respondedBy").ValueKind);
                }
            }

            Assert.True(app.Sql.Count == 1, $"The batch sent {app.Sql.Count} SQL commands:\n{app.Sql.Log}");
        }
        finally
        {
            await DisposeAsync(sockets);
        }
    }

    /// <summary>Mentees each with a pending request to every mentor, written straight to the database.</summary>
    private async Task<(List<TestUser> Mentees, List<TestUser> Mentors, Dictionary<(Guid MenteeId, Guid MentorId), MentorshipRequest> Requests)> ArrangeAsync()
    {
        var mentees = new List<TestUser>();
        var mentors = new List<TestUser>();
        for (var i = 0; i < Mentees; i++)
        {
            mentees.Add(await app.MenteeAsync());
        }

        for (var i = 0; i < Mentors; i++)
        {
            mentors.Add(await app.MentorAsync());
        }

        var requests = new Dictionary<(Guid, Guid), MentorshipRequest>();
        await app.WithDbAsync(async db =>
        {
            foreach (var mentor in mentors)
            {
                foreach (var mentee in mentees)
                {
                    var request = new MentorshipRequest
                    {
                        Id = Guid.CreateVersion7(),
                        MenteeId = mentee.Id,
                        MentorId = mentor.Id,
                        Status = MentorshipRequestStatus.Pending,
                        CreatedAt = DateTimeOffset.UtcNow,
                    };
                    requests[(mentee.Id, mentor.Id)] = request;
                    db.MentorshipRequests.Add(request);
                }
            }

            await db.SaveChangesAsync();
        });
        return (mentees, mentors, requests);
    }

    private async Task<List<(TestUser User, GraphQLWebSocketClient Socket)>> SubscribeAsync(IReadOnlyList<TestUser> users, string subscription = RequestUpdates.Subscription)
    {
        await RealtimeProbe.WaitForSubscribersAsync(app, 0);
        var sockets = new List<(TestUser, GraphQLWebSocketClient)>();
        foreach (var user in users)
        {
            sockets.Add((user, await RequestUpdates.SubscribeAsync(app, user, sockets.Count + 1, subscription)));
        }

        return sockets;
    }

    /// <summary>Announces the events as one transaction would: PostgreSQL delivers them together, at its commit.</summary>
    private async Task NotifyInOneTransactionAsync(IEnumerable<RealtimeEvent> events)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var change in events)
        {
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection, transaction);
            notify.Parameters.AddWithValue("channel", RealtimeChannel.Name);
            notify.Parameters.AddWithValue("payload", change.ToPayload());
            await notify.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static Guid IdOf(JsonElement value) => Guid.Parse(value.GetProperty("id").GetString()!);

    private static async Task DisposeAsync(IEnumerable<(TestUser User, GraphQLWebSocketClient Socket)> sockets)
    {
        foreach (var (_, socket) in sockets)
        {
            await socket.DisposeAsync();
        }
    }
}
