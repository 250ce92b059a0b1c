namespace Mentorship.Data.Entities;

/// <summary>
/// One admin action, written in the transaction of the change it records. The table is append-only: a trigger
/// refuses every UPDATE, DELETE and TRUNCATE, so an entry, once committed, stays as written.
/// </summary>
public sealed class AuditLogEntry
{
    public Guid Id { get; set; }

    /// <summary>The admin who acted.</summary>
    public Guid ActorId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>
    /// The user acted on, when there is one. A plain id, not a foreign key: an append-only log must never stand in
    /// the way of removing other rows.
    /// </summary>
    public Guid? SubjectUserId { get; set; }

    /// <summary>What changed, as a JSON document (for example <c>{"from":"Mentee","to":"Mentor"}</c>); stored as <c>jsonb</c>.</summary>
    public string? Details { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public User Actor { get; set; } = null!;
}
