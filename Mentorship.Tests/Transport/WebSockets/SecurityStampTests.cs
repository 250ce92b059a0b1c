using System.Diagnostics;
using Mentorship.Data;
using Mentorship.GraphQL.Auth;
using Mentorship.Tests.Features.Identity;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>
/// A socket speaks for its user only while the user's security stamp holds: a renewed stamp is announced through
/// PostgreSQL and closes the user's sockets with 4403 at once, and each new operation reads the user afresh.
/// </summary>
public sealed class SecurityStampTests(AppFor<SecurityStampTests> host) : IClassFixture<AppFor<SecurityStampTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests();

    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Signing_out_everywhere_closes_every_socket_of_the_user_within_a_second_and_no_other()
    {
        var mentee = await app.MenteeAsync();
        var other = await app.MenteeAsync();
        await using var first = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });
        await using var second = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });
        await using var bystander = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = other.AccessToken });

        (await mentee.Client.SignOutAsync(everywhere: true)).EnsureNoErrors();
        var clock = Stopwatch.StartNew();
        var closes = await Task.WhenAll(first.ReceiveCloseAsync(), second.ReceiveCloseAsync());
        clock.Stop();

        Assert.All(closes, close => Assert.Equal((4403, "Forbidden"), close));
        Assert.True(clock.Elapsed < AtOnce, $"closed after {clock.Elapsed}");
        var stillServed = await bystander.ExecuteAsync("query { me { id } }");
        Assert.Equal(other.Id.ToString(), stillServed.GetProperty("data").GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_new_operation_reads_the_user_afresh_and_closes_the_socket_when_the_stamp_changed_unannounced()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        // Straight to the database: no announcement, no periodic check due; only the operation's own check can notice.
        await RenewStampUnannouncedAsync(mentee.Id);
        await client.SubscribeAsync("me", "query { me { id email } }");
        var (code, _) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task A_mutation_on_a_socket_of_a_changed_user_writes_nothing()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        await RenewStampUnannouncedAsync(mentee.Id);
        await client.SubscribeAsync("update", """mutation { updateProfile(input: { bio: "written by a stale socket" }) { profile { bio } } }""");
        var (code, _) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
        Assert.Null(await app.WithDbAsync(db => db.Profiles.Where(p => p.UserId == mentee.Id).Select(p => p.Bio).SingleAsync()));
    }

    [Fact]
    public async Task SecurityStamps_RenewAsync_alone_ends_the_users_sockets_and_tokens()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<SecurityStamps>().RenewAsync(mentee.Id, CancellationToken.None));
        }

        var clock = Stopwatch.StartNew();
        var (code, _) = await client.ReceiveCloseAsync();
        Assert.Equal(4403, code);
        Assert.True(clock.Elapsed < AtOnce, $"closed after {clock.Elapsed}");
        Assert.Equal(["UNAUTHENTICATED"], (await mentee.Client.ExecuteAsync("query { me { id } }")).ErrorCodes);
    }

    [Fact]
    public async Task A_deactivation_announced_in_its_own_transaction_closes_the_sockets_and_keeps_the_user_out()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        // As a later admin feature would: the change and the announcement commit together.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Users.Where(u => u.Id == mentee.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false));
            await scope.ServiceProvider.GetRequiredService<SecurityStamps>().RenewAsync(mentee.Id, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var (code, _) = await client.ReceiveCloseAsync();
        Assert.Equal(4403, code);
        await using var reconnected = await GraphQLWebSocketClient.ConnectAsync(app);
        await reconnected.SendAsync(new { type = "connection_init", payload = new { authToken = mentee.AccessToken } });
        Assert.Equal(4403, (await reconnected.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task A_stamp_renewal_that_rolls_back_closes_nothing()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<SecurityStamps>().RenewAsync(mentee.Id, CancellationToken.None);
            await transaction.RollbackAsync();
        }

        var result = await client.ExecuteAsync("query { me { id } }");
        Assert.Equal(mentee.Id.ToString(), result.GetProperty("data").GetProperty("me").GetProperty("id").GetString());
    }

    private async Task RenewStampUnannouncedAsync(Guid userId) =>
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.SecurityStamp, Guid.NewGuid())));
}
