using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Tests.Infrastructure;

/// <summary>Counts the SQL commands EF Core sends, and keeps their text for failure messages.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> commands = new();

    public int Count => commands.Count;

    public string Log => string.Join("\n---\n", commands);

    public void Reset() => commands.Clear();

    /// <summary>The SQL commands one GraphQL request sends, from the moment it is sent to its response.</summary>
    public async Task<(GraphQLResponse Response, int Commands, string Log)> MeasureAsync(GraphQLClient client, string query, object? variables = null)
    {
        Reset();
        var response = await client.ExecuteAsync(query, variables);
        return (response, Count, Log);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        base.ReaderExecuting(Record(command), eventData, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        base.ReaderExecutingAsync(Record(command), eventData, result, cancellationToken);

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        base.NonQueryExecuting(Record(command), eventData, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        base.NonQueryExecutingAsync(Record(command), eventData, result, cancellationToken);

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        base.ScalarExecuting(Record(command), eventData, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        base.ScalarExecutingAsync(Record(command), eventData, result, cancellationToken);

    private DbCommand Record(DbCommand command)
    {
        commands.Enqueue(command.CommandText);
        return command;
    }
}
