namespace Mentorship.Tests.Infrastructure.Probes;

/// <summary>Emits 1 to <paramref name="count"/> to each subscriber, then completes.</summary>
public sealed class CountingObservable(int count) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        for (var tick = 1; tick <= count; tick++)
        {
            observer.OnNext(tick);
        }

        observer.OnCompleted();
        return new Unsubscriber(() => { });
    }
}
