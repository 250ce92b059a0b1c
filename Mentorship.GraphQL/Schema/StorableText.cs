namespace Mentorship.GraphQL.Schema;

/// <summary>
/// Text PostgreSQL can store: UTF-8 without NUL, so no NUL character and no half of a surrogate pair (which has no
/// UTF-8 form). Input values are checked against this before anything reaches the database.
/// </summary>
public static class StorableText
{
    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' || char.IsLowSurrogate(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }
}
