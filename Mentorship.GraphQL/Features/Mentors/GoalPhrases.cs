namespace Mentorship.GraphQL.Features.Mentors;

/// <summary>
/// The skill keys a goal could name: every run of up to <see cref="MaxWords"/> consecutive words, in lower
/// case, with punctuation around words dropped. "Get better at System Design." yields "system design"
/// among others, so it matches a mentor's skill "System Design" word for word, never inside a word.
/// </summary>
internal static class GoalPhrases
{
    /// <summary>Longer than almost any skill name (skills are at most 40 characters).</summary>
    public const int MaxWords = 5;

    private static readonly char[] Enclosing = ['(', ')', '[', ']', '{', '}', '"', '\'', ',', ';', ':', '!', '?'];

    public static IEnumerable<string> Of(string goal)
    {
        var words = goal.ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(Enclosing).TrimEnd('.'))
            .Where(w => w.Length > 0)
            .ToArray();
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = 1; length <= MaxWords && start + length <= words.Length; length++)
            {
                yield return string.Join(' ', words, start, length);
            }
        }
    }
}
