using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.HasKey(t => new { t.NormalizedEmail, t.ClientAddress });
        builder.Property(t => t.NormalizedEmail).HasMaxLength(254);

        // An IPv6 address with its prefix length fits in 50 characters.
        builder.Property(t => t.ClientAddress).HasMaxLength(64);

        // The purge finds forgotten rows by their last failure.
        builder.HasIndex(t => t.LastFailureAt);
    }
}
