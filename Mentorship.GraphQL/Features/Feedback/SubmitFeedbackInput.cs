using GraphQL;

namespace Mentorship.GraphQL.Features.Feedback;

/// <summary>The signed-in mentee's rating of one of their completed sessions.</summary>
/// <param name="SessionId">A completed session (scheduled, and ended) of the caller's, as mentee, not rated yet.</param>
/// <param name="Rating">From 1 (poor) to 5 (excellent).</param>
/// <param name="Comment">What the mentee wants to say about it: at most 2000 characters. Blank counts as none.</param>
/// <param name="ShowName">
/// Whether everyone may see who wrote it (`Feedback.mentee`); false when left out or null, so feedback is anonymous to
/// everyone but the session's mentor and mentee unless the mentee chooses otherwise.
/// </param>
public sealed record SubmitFeedbackInput([property: Id] Guid SessionId, int Rating, string? Comment, bool? ShowName);
