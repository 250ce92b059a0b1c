using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace Mentorship.Tests.Infrastructure.Probes;

/// <summary>Adds <see cref="ProbeGuardRule"/> to every execution.</summary>
public sealed class ProbeGuardConfiguration : IConfigureExecution
{
    private static readonly ProbeGuardRule Rule = new();

    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(Rule);
        return next(options);
    }
}
