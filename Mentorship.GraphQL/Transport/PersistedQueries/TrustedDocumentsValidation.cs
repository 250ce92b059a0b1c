using Mentorship.GraphQL.Execution.Limits;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Transport.PersistedQueries;

/// <summary>Refuses to start with a trusted documents file that cannot be used, naming what is wrong with it.</summary>
public sealed class TrustedDocumentsValidation(IOptions<GraphQLLimits> limits) : IValidateOptions<PersistedQueryOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistedQueryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TrustedDocumentsFile is not { Length: > 0 } path)
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            TrustedDocuments.Read(path, limits.Value.MaxDocumentLength);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException invalid)
        {
            return ValidateOptionsResult.Fail(invalid.Message);
        }
    }
}
