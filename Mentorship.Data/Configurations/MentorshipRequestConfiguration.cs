using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class MentorshipRequestConfiguration : IEntityTypeConfiguration<MentorshipRequest>
{
    public void Configure(EntityTypeBuilder<MentorshipRequest> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Message).HasMaxLength(RequestLimits.MessageLength);
        builder.Property(r => r.DeclineReason).HasMaxLength(RequestLimits.DeclineReasonLength);

        // Users are deactivated, never deleted, so history keeps its parties.
        builder.HasOne(r => r.Mentee).WithMany().HasForeignKey(r => r.MenteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Mentor).WithMany().HasForeignKey(r => r.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.RespondedById).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(r => new { r.MenteeId, r.MentorId })
            .IsUnique()
            .HasFilter("status = 'Pending' OR (status = 'Accepted' AND mentorship_ended_at IS NULL)")
            .HasDatabaseName(DatabaseConstraints.OpenRequestPerPair);
        builder.HasIndex(r => new { r.MenteeId, r.CreatedAt, r.Id });
        builder.HasIndex(r => new { r.MentorId, r.CreatedAt, r.Id });

        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_mentorship_requests_status", "status IN ('Pending', 'Accepted', 'Declined', 'Withdrawn')");
            t.HasCheckConstraint("ck_mentorship_requests_not_self", "mentee_id <> mentor_id");
            t.HasCheckConstraint(
                "ck_mentorship_requests_responded",
                "(status = 'Pending') = (responded_at IS NULL) AND (responded_at IS NULL) = (responded_by_id IS NULL)");
            t.HasCheckConstraint("ck_mentorship_requests_decline_reason", "decline_reason IS NULL OR status = 'Declined'");
            t.HasCheckConstraint("ck_mentorship_requests_mentorship_ended", "mentorship_ended_at IS NULL OR status = 'Accepted'");
        });
    }
}
