using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>Makes every database connection fail to open while <see cref="IsDown"/> is set: an unexpected server fault on demand.</summary>
public sealed class DatabaseOutage : DbConnectionInterceptor
{
    private volatile bool isDown;

    public bool IsDown
    {
        get => isDown;
        set => isDown = value;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection,
        ConnectionEventData eventData,
        InterceptionResult result,
        CancellationToken cancellationToken = default) =>
        IsDown ? throw new InvalidOperationException("The database is down (test outage).") : ValueTask.FromResult(result);
}
