using System.Collections.Concurrent;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// A connection's operations: which ids are active (a second <c>subscribe</c> with one of them is refused with
/// 4409), and which operations are still running, so the connection can wait for them before it ends.
/// </summary>
public sealed class OperationRegistry
{
    private readonly ConcurrentDictionary<string, GraphQLOperation> active = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> running = new();

    /// <summary>Claims the operation's id; false when an active operation holds it.</summary>
    public bool TryAdd(GraphQLOperation operation) => active.TryAdd(operation.Id, operation);

    /// <summary>Frees the operation's id for reuse.</summary>
    public void Remove(GraphQLOperation operation) =>
        active.TryRemove(new KeyValuePair<string, GraphQLOperation>(operation.Id, operation));

    public GraphQLOperation? Find(string id) => active.GetValueOrDefault(id);

    /// <summary>How many operations hold an id.</summary>
    public int ActiveCount => active.Count;

    /// <summary>Remembers a running operation until its task ends.</summary>
    public void Track(Task run)
    {
        running.TryAdd(run, 0);
        _ = run.ContinueWith(finished => running.TryRemove(finished, out _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public void StopAll()
    {
        foreach (var operation in active.Values)
        {
            operation.Stop();
        }
    }

    /// <summary>Completes when every operation started so far has ended and let go of its scope.</summary>
    public Task WhenAllFinishedAsync() => Task.WhenAll(running.Keys);
}
