using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(254);
        builder.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName(DatabaseConstraints.UserEmailUnique);

        // Admin user search: case-insensitive substring match, normalized_email LIKE '%' || lower(text) || '%', by trigrams.
        builder.HasIndex(u => u.NormalizedEmail, "ix_users_normalized_email_trgm")
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops")
            .HasDatabaseName("ix_users_normalized_email_trgm");
        builder.Property(u => u.PasswordHash).HasMaxLength(100);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        builder.ToTable(t => t.HasCheckConstraint("ck_users_role", "role IN ('Mentee', 'Mentor', 'Admin')"));
        builder.HasIndex(u => new { u.Role, u.IsActive });
        builder.HasIndex(u => new { u.CreatedAt, u.Id });
        builder.HasOne(u => u.Profile).WithOne(p => p.User).HasForeignKey<Profile>(p => p.UserId);
    }
}
