using System.Globalization;

namespace Mentorship.Benchmarks;

/// <summary>The checks the benchmarks' command-line options share.</summary>
internal static class OptionValue
{
    /// <summary>The whole number <paramref name="value"/> given to <paramref name="option"/>, from 1 to <paramref name="maximum"/>.</summary>
    public static int Positive(string option, string value, int maximum = int.MaxValue) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 && n <= maximum
            ? n
            : throw new ArgumentException(maximum == int.MaxValue
                ? $"{option} takes a positive whole number."
                : $"{option} takes a whole number from 1 to {maximum}.");
}
