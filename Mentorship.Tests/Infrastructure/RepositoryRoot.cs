namespace Mentorship.Tests.Infrastructure;

/// <summary>The checkout the tests were built from, found by walking up to the solution file.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Mentorship.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Mentorship.slnx was not found above " + AppContext.BaseDirectory);
    }
}
