namespace Mentorship.GraphQL.Observability;

/// <summary>How the server stops on SIGTERM, bound from the <c>Shutdown</c> configuration section.</summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>
    /// How long the server goes on serving after SIGTERM, already answering <c>/health/ready</c> with 503, before it stops
    /// taking new connections: time for a load balancer to notice and send traffic elsewhere. Zero by default, since
    /// an orchestrator that stops routing before it signals (as Kubernetes does, with a <c>preStop</c> pause) needs none.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;
}
