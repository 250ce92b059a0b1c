using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.DisplayName).HasMaxLength(ProfileLimits.DisplayNameLength);
        builder.Property(p => p.Bio).HasMaxLength(ProfileLimits.BioLength);
        builder.Property(p => p.TimeZone).HasMaxLength(ProfileLimits.TimeZoneLength);
        builder.HasIndex(p => new { p.DisplayName, p.UserId });

        // Skill filters ask "has all of these keys" (@>) and recommendations "shares any" (&&): both GIN.
        builder.HasIndex(p => p.SkillKeys).HasMethod("gin");

        // profile_search_text is an IMMUTABLE SQL function created by the migration; the trigram index
        // serves case-insensitive substring search (ILIKE '%…%').
        builder.Property(p => p.SearchText)
            .HasComputedColumnSql("profile_search_text(display_name, bio, skills)", stored: true);
        builder.HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");

        builder.Property(p => p.RatingAverage)
            .HasComputedColumnSql("CASE WHEN rating_count > 0 THEN rating_sum::double precision / rating_count END", stored: true);

        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_profiles_skill_keys", "cardinality(skill_keys) = cardinality(skills)");
            t.HasCheckConstraint("ck_profiles_skills_count", $"cardinality(skills) <= {ProfileLimits.Skills}");
            t.HasCheckConstraint("ck_profiles_goals_count", $"cardinality(goals) <= {ProfileLimits.Goals}");
            t.HasCheckConstraint("ck_profiles_rating", "rating_count >= 0 AND rating_sum BETWEEN rating_count AND 5 * rating_count");
        });
    }
}
