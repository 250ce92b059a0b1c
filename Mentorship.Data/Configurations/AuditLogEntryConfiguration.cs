using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> builder)
    {
        builder.ToTable("audit_log_entries");
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Details).HasColumnType("jsonb");
        builder.HasOne(e => e.Actor).WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.Restrict);

        // The log newest first: ORDER BY created_at DESC, id DESC walks this index forwards.
        builder.HasIndex(e => new { e.CreatedAt, e.Id }).IsDescending(true, true);

        // The migration adds the trigger that keeps the table append-only.
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_audit_log_entries_action", "action IN ('ChangeUserRole', 'DeactivateUser', 'ReactivateUser')"));
    }
}
