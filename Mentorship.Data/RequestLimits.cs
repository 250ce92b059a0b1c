namespace Mentorship.Data;

/// <summary>The sizes and counts mentorship requests are held to.</summary>
public static class RequestLimits
{
    public const int MessageLength = 1000;
    public const int DeclineReasonLength = 1000;

    /// <summary>How many requests one mentee may have waiting for an answer at once.</summary>
    public const int PendingPerMentee = 5;
}
