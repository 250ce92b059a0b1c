using System.Text.RegularExpressions;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Architecture;

/// <summary>Feature folders may build on each other in one direction only: no two features import each other, directly or around a cycle.</summary>
public sealed partial class FeatureDependencyTests
{
    private static readonly string FeaturesPath = Path.Combine(RepositoryRoot.Path, "Mentorship.GraphQL", "Features");

    [Fact]
    public void No_feature_depends_on_itself_through_other_features()
    {
        var dependencies = FeatureDependencies();
        var cycles = dependencies.Keys
            .Select(feature => PathBackTo(feature, dependencies))
            .OfType<string>()
            .ToList();

        Assert.True(cycles.Count == 0, "Features that import each other: " + string.Join("; ", cycles));
    }

    [Fact]
    public void The_dependency_reader_sees_the_imports_features_make()
    {
        var dependencies = FeatureDependencies();

        Assert.Contains("Users", dependencies["Mentors"]);
        Assert.DoesNotContain("Mentors", dependencies["Users"]);
    }

    private static Dictionary<string, HashSet<string>> FeatureDependencies()
    {
        var dependencies = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(FeaturesPath))
        {
            var feature = Path.GetFileName(folder);
            var imported = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .SelectMany(file => FeatureReference().Matches(File.ReadAllText(file)).Select(m => m.Groups["feature"].Value))
                .Where(other => other != feature);
            dependencies[feature] = [.. imported];
        }

        return dependencies;
    }

    /// <summary>A path of imports from <paramref name="start"/> back to itself, or null when there is none.</summary>
    private static string? PathBackTo(string start, Dictionary<string, HashSet<string>> dependencies)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var feature))
        {
            foreach (var next in dependencies.GetValueOrDefault(feature, []))
            {
                if (next == start)
                {
                    var path = new List<string> { start, feature };
                    for (var step = feature; previous.TryGetValue(step, out var before); step = before)
                    {
                        path.Insert(1, before);
                    }

                    return string.Join(" → ", path.Distinct().Append(start));
                }

                if (previous.TryAdd(next, feature))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"Mentorship\.GraphQL\.Features\.(?<feature>\w+)")]
    private static partial Regex FeatureReference();
}
