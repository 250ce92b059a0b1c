using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class WeeklyAvailabilityConfiguration : IEntityTypeConfiguration<WeeklyAvailability>
{
    public void Configure(EntityTypeBuilder<WeeklyAvailability> builder)
    {
        builder.HasKey(a => a.MentorId);
        builder.Property(a => a.TimeZone).HasMaxLength(AvailabilityLimits.TimeZoneLength);

        // A schedule belongs to its mentor as a profile does; its blocks belong to it and go with it.
        builder.HasOne(a => a.Mentor).WithOne().HasForeignKey<WeeklyAvailability>(a => a.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Blocks).WithOne().HasForeignKey(b => b.MentorId).OnDelete(DeleteBehavior.Cascade);

        builder.ToTable(t => t.HasCheckConstraint("ck_weekly_availabilities_time_zone", "time_zone <> ''"));
    }
}
