using Mentorship.Data;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Observability;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>Password sign-in.</summary>
public sealed class SignInService(
    MentorshipDbContext db, PasswordHasher passwords, SignInThrottleService throttle, AuthTokenService tokens, MentorshipMetrics metrics)
{
    /// <summary>
    /// Checks the credentials and opens a session. An unknown email and a wrong password give the same error in
    /// about the same time; a deactivated account is named only once its password has been verified. Attempts are
    /// throttled per email and <paramref name="clientAddress"/>, and per email (<see cref="SignInThrottleService"/>).
    /// </summary>
    public async Task<Payload<SignedIn>> SignInAsync(SignInInput input, string clientAddress, CancellationToken cancellationToken)
    {
        // No account has a longer address (sign-up refuses them), so it is refused before any throttling or hashing.
        var email = EmailAddress.Normalize(input.Email.Trim());
        if (email.Length > EmailAddress.MaximumLength)
        {
            return new InvalidInputError("email", $"An email address may have at most {EmailAddress.MaximumLength} characters.");
        }

        if (await throttle.BeginAttemptAsync(email, clientAddress, cancellationToken) is { } retryAfter)
        {
            metrics.SignInThrottled();
            return new TooManySignInAttemptsError((int)Math.Ceiling(retryAfter.TotalSeconds));
        }

        var user = await db.Users.Include(u => u.Profile).SingleOrDefaultAsync(u => u.NormalizedEmail == email, cancellationToken);

        // Unknown emails are checked against a stand-in hash of the same cost, so they take as long as wrong passwords.
        var verified = passwords.Verify(input.Password, user?.PasswordHash ?? passwords.UnknownUserHash);
        if (user is null || !verified)
        {
            metrics.SignInFailed("invalid_credentials");
            return new InvalidCredentialsError();
        }

        await throttle.ResetAsync(email, clientAddress, cancellationToken);
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
