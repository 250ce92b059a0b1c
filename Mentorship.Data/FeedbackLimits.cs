namespace Mentorship.Data;

/// <summary>What a rating may be; the database checks the same bounds.</summary>
public static class FeedbackLimits
{
    public const int CommentLength = 2000;
    public const int MinRating = 1;
    public const int MaxRating = 5;
}
