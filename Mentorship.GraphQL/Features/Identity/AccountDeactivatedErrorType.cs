using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class AccountDeactivatedErrorType : ErrorType<AccountDeactivatedError>
{
    public AccountDeactivatedErrorType()
        : base("AccountDeactivatedError", "The account was deactivated by an admin; it cannot sign in or renew its tokens.")
    {
    }
}
