using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Benchmarks;

/// <summary>Counts the SQL commands EF Core sends that read rows, which is every command a query sends.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
