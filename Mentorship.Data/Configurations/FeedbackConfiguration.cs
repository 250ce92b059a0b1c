using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Data.Configurations;

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("feedback");
        builder.Property(f => f.Comment).HasMaxLength(FeedbackLimits.CommentLength);
        builder.Property(f => f.ShowMenteeName).HasDefaultValue(false);

        builder.HasOne(f => f.Session).WithOne(s => s.Feedback).HasForeignKey<Feedback>(f => f.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Mentor).WithMany().HasForeignKey(f => f.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Mentee).WithMany().HasForeignKey(f => f.MenteeId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(f => f.SessionId).IsUnique().HasDatabaseName(DatabaseConstraints.FeedbackPerSession);

        // A mentor's feedback newest first: ORDER BY created_at DESC, id DESC walks this index forwards.
        builder.HasIndex(f => new { f.MentorId, f.CreatedAt, f.Id }).IsDescending(false, true, true);

        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_feedback_rating", $"rating BETWEEN {FeedbackLimits.MinRating} AND {FeedbackLimits.MaxRating}");
            t.HasCheckConstraint("ck_feedback_not_self", "mentee_id <> mentor_id");
        });
    }
}
