namespace Mentorship.Tests.Transport;

/// <summary>
/// A small stand-in for the IDE package, written once per test run to a temporary folder that is removed when the
/// run ends: <c>index.html</c> and <c>static/js/main.js</c>, and beside the package a file it must not serve.
/// </summary>
internal static class StandInIde
{
    public const string IndexHtml = "<!doctype html><html><body><script src=\"static/js/main.js\"></script>stand-in IDE</body></html>";
    public const string MainJs = "console.log('stand-in IDE');";

    private static readonly Lazy<string> Package = new(Write);

    /// <summary>The package folder, for the <c>Ide:Path</c> setting.</summary>
    public static string PackagePath => Package.Value;

    private static string Write()
    {
        var root = Directory.CreateTempSubdirectory("mentorship-ide-test-");
        var package = root.CreateSubdirectory("package");
        File.WriteAllText(Path.Combine(package.FullName, "index.html"), IndexHtml);
        Directory.CreateDirectory(Path.Combine(package.FullName, "static", "js"));
        File.WriteAllText(Path.Combine(package.FullName, "static", "js", "main.js"), MainJs);
        File.WriteAllText(Path.Combine(root.FullName, "outside.txt"), "not part of the IDE");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => root.Delete(recursive: true);
        return package.FullName;
    }
}
