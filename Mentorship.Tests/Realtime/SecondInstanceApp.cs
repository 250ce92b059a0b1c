namespace Mentorship.Tests.Realtime;

/// <summary>Another server instance on the database of <paramref name="first"/>, as behind a load balancer.</summary>
public sealed class SecondInstanceApp(RealtimeTestApp first) : RealtimeTestApp
{
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(first.ConnectionString);

    // The first instance owns the database and drops it.
    protected override Task DropDatabaseAsync(string connectionString) => Task.CompletedTask;
}
