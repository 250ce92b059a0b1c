using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Execution;
using Mentorship.GraphQL.Observability;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// One <c>subscribe</c>: runs in a service scope of its own (its own DbContext), which lives until the operation is
/// answered — for a subscription, until its stream is set up; each event then gets a scope of its own — and sends its
/// results under its id until it ends — by completing, failing, or being stopped by the client or the connection. Once
/// it has ended nothing more is sent for it.
/// </summary>
public sealed class GraphQLOperation : IObserver<ExecutionResult>, IDisposable
{
    private readonly OutgoingMessageWriter writer;
    private readonly ServerMessageEncoder encoder;
    private readonly OperationRegistry registry;
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger logger;
    private readonly object gate = new();
    private readonly CancellationTokenSource cancellation = new();
    private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool hasEnded;
    private bool isDisposed;
    private MentorshipMetrics? subscriptionMetrics;

    public GraphQLOperation(
        string id,
        OutgoingMessageWriter writer,
        ServerMessageEncoder encoder,
        OperationRegistry registry,
        IServiceScopeFactory scopes,
        ILogger logger)
    {
        Id = id;
        this.writer = writer;
        this.encoder = encoder;
        this.registry = registry;
        this.scopes = scopes;
        this.logger = logger;
    }

    public string Id { get; }

    /// <summary>
    /// Executes the request: a request error (unparsable, invalid) is one <c>error</c> message; a query or
    /// mutation is one <c>next</c> and <c>complete</c>; a subscription is a <c>next</c> per event until its
    /// stream completes (<c>complete</c>) or fails (<c>error</c>).
    /// </summary>
    /// <param name="executionSlots">The connection's limit on operations executing at once; one is held while this one executes.</param>
    public async Task RunAsync(GraphQLRequest request, Authentication caller, RequestSource source, SemaphoreSlim executionSlots)
    {
        // Each operation is a trace of its own, not a child of the upgrade request, which lasts as long as the socket.
        Activity.Current = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            ExecutionResult result;
            await executionSlots.WaitAsync(cancellation.Token);
            try
            {
                // As over HTTP, each operation reads its user afresh (one primary-key read): a user deactivated, signed
                // out everywhere or given another role since the socket opened loses the socket before anything runs.
                if (caller.Principal.IsSignedIn()
                    && !await scope.ServiceProvider.GetRequiredService<RequestAuthenticator>().IsStillValidAsync(caller.Principal, cancellation.Token))
                {
                    End(lastMessage: null);
                    writer.Close(ConnectionClose.Forbidden);
                    return;
                }

                var executor = scope.ServiceProvider.GetRequiredService<GraphQLExecutor>();
                result = await executor.ExecuteAsync(request, caller, source, scope.ServiceProvider, cancellation.Token);
            }
            finally
            {
                executionSlots.Release();
            }

            if (!result.Executed)
            {
                End(encoder.Error(Id, result.Errors ?? []));
            }
            else if (result.Streams is { } streams)
            {
                subscriptionMetrics = scope.ServiceProvider.GetRequiredService<MentorshipMetrics>();
                using (subscriptionMetrics.SubscriptionStarted())
                using (streams.Values.Single().Subscribe(this))
                {
                    // Each event runs in a scope of its own, so the subscription keeps neither this scope nor its DbContext.
                    await scope.DisposeAsync();
                    await ended.Task;
                }
            }
            else
            {
                Send(encoder.Next(Id, result));
                End(encoder.Complete(Id));
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped by the client or the connection while executing.
        }
        catch (Exception exception)
        {
            Fail(exception);
        }
        finally
        {
            // Nothing uses the operation's token once it has run.
            Dispose();
        }
    }

    /// <summary>Ends the operation for the client or the connection: its stream is let go, nothing more is sent.</summary>
    public void Stop()
    {
        End(lastMessage: null);
        lock (gate)
        {
            if (!isDisposed)
            {
                cancellation.Cancel();
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            isDisposed = true;
            cancellation.Dispose();
        }
    }

    void IObserver<ExecutionResult>.OnNext(ExecutionResult value) => Guard(() =>
    {
        if (Send(encoder.Next(Id, value)))
        {
            subscriptionMetrics?.SubscriptionEventDelivered();
        }
    });

    void IObserver<ExecutionResult>.OnError(Exception error) =>
        Guard(() => End(encoder.Error(Id, [error as ExecutionError ?? new UnhandledError("Event stream error.", error)])));

    void IObserver<ExecutionResult>.OnCompleted() => Guard(() => End(encoder.Complete(Id)));

    /// <summary>Queues a message unless the operation has ended; true when it was queued.</summary>
    private bool Send(ReadOnlyMemory<byte> message)
    {
        lock (gate)
        {
            return !hasEnded && writer.TryEnqueue(message);
        }
    }

    /// <summary>
    /// Frees the id before queueing the last message, so a client that reuses the id as soon as it sees
    /// <c>complete</c> never meets a 4409.
    /// </summary>
    private void End(ReadOnlyMemory<byte>? lastMessage)
    {
        lock (gate)
        {
            if (hasEnded)
            {
                return;
            }

            hasEnded = true;
            registry.Remove(this);
            if (lastMessage is { } message)
            {
                writer.TryEnqueue(message);
            }
        }

        ended.TrySetResult();
    }

    /// <summary>The engine calls the observer from its own tasks, where an exception would go unseen.</summary>
    private void Guard(Action handle)
    {
        try
        {
            handle();
        }
        catch (Exception exception)
        {
            Fail(exception);
        }
    }

    private void Fail(Exception exception)
    {
        WebSocketLog.OperationFailed(logger, exception, Id);
        End(lastMessage: null);
        writer.Close(ConnectionClose.InternalServerError);
    }
}
