using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Agenda).HasMaxLength(SessionLimits.AgendaLength);
        builder.Property(s => s.CancellationReason).HasMaxLength(SessionLimits.CancellationReasonLength);

        // Users are deactivated, never deleted, so history keeps its parties.
        builder.HasOne(s => s.Mentor).WithMany().HasForeignKey(s => s.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Mentee).WithMany().HasForeignKey(s => s.MenteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.CancelledById).OnDelete(DeleteBehavior.Restrict);

        // A composite key ties the session's parties to its mentorship's, so they cannot disagree.
        builder.HasOne(s => s.Mentorship).WithMany()
            .HasForeignKey(s => new { s.MentorshipId, s.MentorId, s.MenteeId })
            .HasPrincipalKey(m => new { m.Id, m.MentorId, m.MenteeId })
            .OnDelete(DeleteBehavior.Restrict);

        // A user's sessions by start, as either party; with a status filter these also serve a party's scheduled
        // sessions in a time range (a session lasts at most MaxDurationMinutes, which bounds starts_at from below).
        // The exclusion constraints' GiST indexes serve the same lookups by tstzrange overlap (&&).
        builder.HasIndex(s => new { s.MentorId, s.StartsAt, s.Id });
        builder.HasIndex(s => new { s.MenteeId, s.StartsAt, s.Id });

        // The migration adds DatabaseConstraints.MentorSessionOverlap and MenteeSessionOverlap in SQL: EF Core cannot
        // model exclusion constraints.
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_sessions_status", "status IN ('Scheduled', 'Cancelled')");
            t.HasCheckConstraint("ck_sessions_not_self", "mentee_id <> mentor_id");
            t.HasCheckConstraint("ck_sessions_order", "ends_at > starts_at");
            t.HasCheckConstraint(
                "ck_sessions_duration",
                $"ends_at - starts_at BETWEEN interval '{SessionLimits.MinDurationMinutes} minutes' AND interval '{SessionLimits.MaxDurationMinutes} minutes'");
            t.HasCheckConstraint(
                "ck_sessions_cancelled",
                "(status = 'Cancelled') = (cancelled_at IS NOT NULL) AND (cancelled_at IS NULL) = (cancelled_by_id IS NULL)");
            t.HasCheckConstraint("ck_sessions_cancellation_reason", "cancellation_reason IS NULL OR status = 'Cancelled'");
        });
    }
}
