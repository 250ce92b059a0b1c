namespace Mentorship.GraphQL.Rules;

/// <summary>
/// How skills are shown and matched. A skill is shown as written, trimmed and with runs of whitespace made
/// one space; its key, which every filter and recommendation compares, is that text in lower case. Two
/// skills with one key are one skill: the first spelling stays.
/// </summary>
public static class Skills
{
    public static string Clean(string skill) =>
        string.Join(' ', skill.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static string KeyOf(string skill) => Clean(skill).ToLowerInvariant();

    /// <summary>Cleaned skills without repeats, in their order, with their keys item by item; linear in the input.</summary>
    public static (List<string> Display, List<string> Keys) Distinct(IEnumerable<string> skills)
    {
        var display = new List<string>();
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var skill in skills.Select(Clean).Where(s => s.Length > 0))
        {
            var key = skill.ToLowerInvariant();
            if (seen.Add(key))
            {
                display.Add(skill);
                keys.Add(key);
            }
        }

        return (display, keys);
    }
}
