using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class SignInAccountThrottleConfiguration : IEntityTypeConfiguration<SignInAccountThrottle>
{
    public void Configure(EntityTypeBuilder<SignInAccountThrottle> builder)
    {
        builder.HasKey(t => t.NormalizedEmail);
        builder.Property(t => t.NormalizedEmail).HasMaxLength(254);
        builder.HasIndex(t => t.WindowStartedAt);
    }
}
