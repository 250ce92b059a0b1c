using System.Runtime.InteropServices;
using System.Text.Json;

namespace Mentorship.GraphQL.Transport;

/// <summary>
/// Finds text in a request's JSON that has no .NET form: an escaped half of a surrogate pair (<c>"\ud800"</c>), which is
/// valid JSON but not text, and which System.Text.Json refuses to read as a string. Both transports look for it before
/// reading a request, so it is refused as bad input naming where it is rather than failing later as an internal error.
/// </summary>
internal static class UnreadableJsonText
{
    /// <summary>The path of the first such string (or property name) under <paramref name="element"/>, such as <c>variables.where.search</c>; null when there is none.</summary>
    public static string? PathIn(JsonElement element, string path = "") =>
        // Such text can only be written as a \u escape: most requests have none, and one scan of their raw bytes spares
        // them the walk.
        JsonMarshal.GetRawUtf8Value(element).IndexOf("\\u"u8) < 0 ? null : Walk(element, path);

    private static string? Walk(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsReadable(() => element.GetString()) ? null : path;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name = string.Empty;
                    if (!IsReadable(() => name = property.Name))
                    {
                        return path;
                    }

                    if (Walk(property.Value, path.Length == 0 ? name : $"{path}.{name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Walk(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsReadable(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
