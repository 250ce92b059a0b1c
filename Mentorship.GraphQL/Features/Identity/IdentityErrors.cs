using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>The account was deactivated by an admin; it cannot sign in or renew its tokens.</summary>
public sealed record AccountDeactivatedError() : DomainError("This account has been deactivated.");

/// <summary>An account already uses this email; emails are compared without regard to case.</summary>
public sealed record EmailTakenError() : DomainError("An account with this email already exists.");

/// <summary>The email and password do not match an account. Unknown emails and wrong passwords get this same error.</summary>
public sealed record InvalidCredentialsError() : DomainError("Email or password is incorrect.");

/// <summary>The refresh token is unknown, expired, revoked or already spent. Sign in again.</summary>
public sealed record InvalidRefreshTokenError() : DomainError("The refresh token is invalid, expired or already used. Sign in again.");

/// <summary>
/// Sign-in for this email is paused after repeated failures; the password was not checked. From one address, 5 failures
/// start a pause that doubles with each further failure, up to 15 minutes; signing in from another address is not
/// affected. Many failures from many addresses pause the account's sign-ins until their hour is over.
/// </summary>
/// <param name="RetryAfterSeconds">Seconds until the next sign-in attempt for this email is allowed.</param>
public sealed record TooManySignInAttemptsError(int RetryAfterSeconds)
    : DomainError($"Too many failed sign-ins for this email. Try again in {RetryAfterSeconds} seconds.");
