using GraphQL.Types;
using GraphQL.Utilities;

namespace Mentorship.GraphQL.Schema;

/// <summary>
/// Folds the line breaks and indentation of descriptions read from multi-line XML comments into single spaces,
/// so the printed schema and introspection show each description as the sentence it is.
/// </summary>
public sealed class DescriptionWhitespace : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema) => Fold(type);

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => Fold(field);

    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field, IObjectGraphType type, ISchema schema) => Fold(argument);

    public override void VisitInputObject(IInputObjectGraphType type, ISchema schema) => Fold(type);

    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema) => Fold(field);

    public override void VisitUnion(UnionGraphType type, ISchema schema) => Fold(type);

    private static void Fold(IProvideDescription element)
    {
        if (element.Description is { } description && description.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            element.Description = string.Join(' ', description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
