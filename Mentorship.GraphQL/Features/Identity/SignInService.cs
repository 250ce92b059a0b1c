using Mentorship.Data;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Observability;
using Mentorship.GraphQL.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>Password sign-in.</summary>
public sealed class SignInService(
    MentorshipDbContext db, PasswordHasher passwords, SignInThrottleService throttle, AuthTokenService tokens, MentorshipMetrics metrics)
{
    /// <summary>
    /// Checks the credentials and opens a session. An unknown email and a wrong password give the same error in
    /// about the same time; a deactivated account is named only once its password has been verified.
    /// </summary>
    public async Task<Payload<SignedIn>> SignInAsync(SignInInput input, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(input.Email.Trim());

        // Longer addresses cannot belong to an account (nor fit the throttle's key); they simply fail below.
        var couldExist = email.Length is > 0 and <= EmailAddress.MaximumLength;
        if (couldExist && await throttle.BeginAttemptAsync(email, cancellationToken) is { } retryAfter)
        {
            metrics.SignInThrottled();
            return new TooManySignInAttemptsError((int)Math.Ceiling(retryAfter.TotalSeconds));
        }

        var user = couldExist
            ? await db.Users.Include(u => u.Profile).SingleOrDefaultAsync(u => u.NormalizedEmail == email, cancellationToken)
            : null;

        // Unknown emails are checked against a stand-in hash of the same cost, so they take as long as wrong passwords.
        var verified = passwords.Verify(input.Password, user?.PasswordHash ?? passwords.UnknownUserHash);
        if (user is null || !verified)
        {
            metrics.SignInFailed("invalid_credentials");
            return new InvalidCredentialsError();
        }

        await throttle.ResetAsync(email, cancellationToken);
        if (!user.IsActive)
        {
            metrics.SignInFailed("account_deactivated");
            return new AccountDeactivatedError();
        }

        if (passwords.NeedsRehash(user.PasswordHash))
        {
            user.PasswordHash = passwords.Hash(input.Password);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SignedIn(user, await tokens.IssueAsync(user, cancellationToken));
    }
}
