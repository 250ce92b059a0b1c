namespace Mentorship.Tests.Infrastructure.Probes;

/// <summary>
/// An event stream a test drives: it publishes to the subscriber the server made, and tells when the server
/// subscribed and when it let go.
/// </summary>
public sealed class SignalChannel : IObservable<object?>
{
    private readonly TaskCompletionSource subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource unsubscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IObserver<object?>? observer;

    /// <summary>Completes when the server subscribes to this stream.</summary>
    public Task Subscribed => subscribed.Task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Completes when the server disposes its subscription.</summary>
    public Task Unsubscribed => unsubscribed.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        this.observer = observer;
        subscribed.TrySetResult();
        return new Unsubscriber(() =>
        {
            this.observer = null;
            unsubscribed.TrySetResult();
        });
    }

    public void Publish(string value) => observer?.OnNext(value);

    public void Complete() => observer?.OnCompleted();

    public void Fail(Exception error) => observer?.OnError(error);
}
