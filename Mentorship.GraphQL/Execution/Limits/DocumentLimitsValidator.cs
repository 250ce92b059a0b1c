using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Execution.Limits;

/// <summary>
/// GraphQL.NET's validation, preceded by the checks that are linear in the request: the shape of the document once
/// its fragments are expanded (<see cref="SelectionShape"/>) and its input values (<see cref="InputValueCheck"/>). A
/// request that fails them is refused before any validation rule walks it, so no rule — nor the cost analysis, which
/// expands every fragment spread — is ever handed more than <see cref="GraphQLLimits.MaxSelectedFields"/> fields.
/// </summary>
public sealed class DocumentLimitsValidator(IOptions<GraphQLLimits> limits) : IDocumentValidator
{
    private readonly DocumentValidator rules = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var refusal = SelectionShape.Refusal(options.Document, limits.Value)
            ?? InputValueCheck.Refusal(options.Document, options.Variables, limits.Value);
        return refusal is null ? rules.ValidateAsync(options) : Task.FromResult<IValidationResult>(new ValidationResult(refusal));
    }
}
