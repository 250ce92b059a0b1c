using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Observability;

/// <summary>
/// Holds the stop for <see cref="ShutdownOptions.DrainDelay"/> after <c>ApplicationStopping</c> (readiness is already
/// false then, and sockets have been told 1001), before the hosted services, the web server among them, stop.
/// </summary>
internal sealed class ShutdownDrain(IOptions<ShutdownOptions> options) : IHostedLifecycleService
{
    public Task StoppingAsync(CancellationToken cancellationToken) =>
        options.Value.DrainDelay > TimeSpan.Zero ? DelayAsync(options.Value.DrainDelay, cancellationToken) : Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Wall-clock time, whatever clock the rules read: the load balancer waits in real seconds.
    private static async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out first: stop now.
        }
    }
}
