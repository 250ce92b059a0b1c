using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Tests.Features.Administration;

/// <summary>
/// Before each query EF Core sends that contains <see cref="marker"/>, asks PostgreSQL for its plan (<c>EXPLAIN</c>,
/// same text, same parameters, same connection) and keeps it; the query itself then runs unchanged.
/// </summary>
internal sealed class PlanRecorder(string marker) : DbCommandInterceptor
{
    public ConcurrentQueue<string> Plans { get; } = new();

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains(marker, StringComparison.Ordinal))
        {
            await using var explain = command.Connection!.CreateCommand();
            explain.Transaction = command.Transaction;
            explain.CommandText = "EXPLAIN " + command.CommandText;
            foreach (var parameter in command.Parameters.Cast<ICloneable>())
            {
                explain.Parameters.Add(parameter.Clone());
            }

            var lines = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    lines.Add(reader.GetString(0));
                }
            }

            Plans.Enqueue(string.Join('\n', lines));
        }

        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
