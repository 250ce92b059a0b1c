using System.Collections.Concurrent;
using System.Reflection;
using System.Xml.Linq;

namespace Mentorship.GraphQL.Schema;

/// <summary>
/// Reads this project's XML documentation file, for the few descriptions the engine's own XML support does not
/// reach (a method's <c>&lt;returns&gt;</c>, a property of a record that is not itself a graph type).
/// </summary>
public static class XmlComments
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, XElement>> MembersOfAssembly = new();

    /// <summary>The text of a method's <c>&lt;returns&gt;</c>; null when it has none. Root field methods are never overloaded, so the name finds it.</summary>
    public static string? Returns(MethodInfo method) =>
        Text(Member(method.DeclaringType!.Assembly, $"M:{method.DeclaringType.FullName}.{method.Name}"), "returns");

    /// <summary>The summary of a property, or of the record parameter that declares it.</summary>
    public static string? Summary(PropertyInfo property)
    {
        var type = property.DeclaringType!;
        var parameter = Member(type.Assembly, $"T:{type.FullName}")?.Elements("param")
            .FirstOrDefault(p => (string?)p.Attribute("name") == property.Name);
        return Text(Member(type.Assembly, $"P:{type.FullName}.{property.Name}"), "summary")
            ?? (parameter is null ? null : Normalise(parameter.Value));
    }

    private static XElement? Member(Assembly assembly, string name)
    {
        var members = MembersOfAssembly.GetOrAdd(assembly, Load);
        if (members.TryGetValue(name, out var exact))
        {
            return exact;
        }

        // Methods are named with their parameter list: match the name up to it.
        return name.StartsWith("M:", StringComparison.Ordinal)
            ? members.FirstOrDefault(m => m.Key.StartsWith(name + "(", StringComparison.Ordinal)).Value
            : null;
    }

    private static IReadOnlyDictionary<string, XElement> Load(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            return new Dictionary<string, XElement>();
        }

        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => (string)m.Attribute("name")!)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    private static string? Text(XElement? member, string element) =>
        member?.Element(element) is { } found ? Normalise(found.Value) : null;

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
