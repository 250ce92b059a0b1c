namespace Mentorship.Tests.Realtime;

/// <summary>Two server instances on one database (<c>IClassFixture&lt;TwoInstances&gt;</c>).</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public RealtimeTestApp First { get; } = new();

    public SecondInstanceApp Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        Second = new SecondInstanceApp(First);
        await Second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
    }
}
