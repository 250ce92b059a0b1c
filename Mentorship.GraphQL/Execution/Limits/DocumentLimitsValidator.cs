using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Execution.Limits;

/// <summary>
/// GraphQL.NET's validation, preceded by the checks that are linear in the request: the shape of the document once
/// its fragments are expanded (<see cref="SelectionShape"/>) and its input values (<see cref="InputValueCheck"/>). A
/// request that fails them is refused before any validation rule walks it, so no rule — nor the cost analysis, which
/// expands every fragment spread — is ever handed more than <see cref="GraphQLLimits.MaxSelectedFields"/> fields.
/// </summary>
/// <remarks>
/// The shape depends on the document alone, so a document that passed is not measured again when it comes back from the
/// <see cref="DocumentCache"/>; the input values depend on the variables and are checked on every request.
/// </remarks>
public sealed class DocumentLimitsValidator(IOptions<GraphQLLimits> limits) : IDocumentValidator
{
    private static readonly object Passed = new();
    private readonly DocumentValidator rules = new();
    private readonly ConditionalWeakTable<GraphQLDocument, object> shapesPassed = [];

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var refusal = ShapeRefusal(options.Document)
            ?? InputValueCheck.Refusal(options.Document, options.Variables, limits.Value);
        return refusal is null ? rules.ValidateAsync(options) : Task.FromResult<IValidationResult>(new ValidationResult(refusal));
    }

    private ValidationError? ShapeRefusal(GraphQLDocument document)
    {
        if (shapesPassed.TryGetValue(document, out _))
        {
            return null;
        }

        var refusal = SelectionShape.Refusal(document, limits.Value);
        if (refusal is null)
        {
            shapesPassed.TryAdd(document, Passed);
        }

        return refusal;
    }
}
