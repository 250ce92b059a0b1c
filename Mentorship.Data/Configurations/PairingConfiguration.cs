using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class PairingConfiguration : IEntityTypeConfiguration<Pairing>
{
    public void Configure(EntityTypeBuilder<Pairing> builder)
    {
        builder.ToTable("mentorships");
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);

        builder.HasOne(m => m.Mentor).WithMany().HasForeignKey(m => m.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Mentee).WithMany().HasForeignKey(m => m.MenteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.EndedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Request).WithOne().HasForeignKey<Pairing>(m => m.RequestId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(m => new { m.MentorId, m.MenteeId })
            .IsUnique()
            .HasFilter("status = 'Active'")
            .HasDatabaseName(DatabaseConstraints.ActiveMentorshipPerPair);
        builder.HasIndex(m => m.MenteeId);

        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_mentorships_status", "status IN ('Active', 'Ended')");
            t.HasCheckConstraint("ck_mentorships_not_self", "mentee_id <> mentor_id");
            t.HasCheckConstraint(
                "ck_mentorships_ended",
                "(status = 'Ended') = (ended_at IS NOT NULL) AND (ended_at IS NULL) = (ended_by_id IS NULL)");
        });
    }
}
