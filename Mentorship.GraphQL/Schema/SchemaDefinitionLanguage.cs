using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Mentorship.GraphQL.Schema;

/// <summary>The schema printed as SDL, with descriptions and in ordinal order: what <c>schema.graphql</c> holds and <c>GET /graphql?sdl</c> serves.</summary>
public static class SchemaDefinitionLanguage
{
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
}
