using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class AvailabilityBlockConfiguration : IEntityTypeConfiguration<AvailabilityBlock>
{
    private const int GridSeconds = SessionLimits.GridMinutes * 60;

    public void Configure(EntityTypeBuilder<AvailabilityBlock> builder)
    {
        // Ids are made by the caller. Not marking them generated lets a new block reached through
        // WeeklyAvailability.Blocks count as added, so replacing the list replaces the rows.
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.DayOfWeek).HasConversion<IsoDayOfWeekConverter>();

        // The migration adds DatabaseConstraints.AvailabilityBlockOverlap in SQL: EF Core cannot model exclusion constraints.
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_availability_blocks_day_of_week", "day_of_week BETWEEN 1 AND 7");
            t.HasCheckConstraint(
                "ck_availability_blocks_grid",
                $"mod(extract(epoch FROM start_time), {GridSeconds}) = 0 AND mod(extract(epoch FROM end_time), {GridSeconds}) = 0");

            // An end of 00:00 is the midnight that ends the day.
            t.HasCheckConstraint("ck_availability_blocks_order", "start_time < end_time OR end_time = '00:00'");
        });
    }
}
