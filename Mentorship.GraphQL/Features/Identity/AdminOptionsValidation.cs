using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Rules;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>Refuses to start with a half-configured or unusable admin, rather than discovering it at the first sign-in.</summary>
internal sealed class AdminOptionsValidation : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.Email) || string.IsNullOrEmpty(options.Password))
        {
            return ValidateOptionsResult.Fail("Set both Admin__Email and Admin__Password for the first admin, or neither.");
        }

        var problems = new[]
        {
            EmailAddress.Problem(options.Email.Trim()) is { } email ? $"Admin__Email: {email}" : null,
            PasswordPolicy.Problem(options.Password) is { } password ? $"Admin__Password: {password}" : null,
            DisplayNameRule.Problem(options.DisplayName.Trim()) is { } displayName ? $"Admin__DisplayName: {displayName}" : null,
        }.OfType<string>().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
