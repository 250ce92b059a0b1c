namespace Mentorship.Tests.Infrastructure.Probes;

/// <summary>Runs an action once, when the subscription it stands for is disposed.</summary>
public sealed class Unsubscriber(Action unsubscribe) : IDisposable
{
    private Action? pending = unsubscribe;

    public void Dispose() => Interlocked.Exchange(ref pending, null)?.Invoke();
}
