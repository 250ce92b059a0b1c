using GraphQL;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Auth.Credentials;
using Mentorship.GraphQL.Execution;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class IdentityMutations
{
    /// <summary>Creates a mentee or mentor account and signs it in.</summary>
    /// <param name="input">The new account.</param>
    [AllowAnonymous]
    [ChecksCredentials(CredentialRateLimit.SignUp)]
    [Error<InvalidInputError>, Error<EmailTakenError>]
    public static async Task<Payload<SignedIn>> SignUpAsync(
        IResolveFieldContext context, [FromServices] AccountService accounts, SignUpInput input, CancellationToken cancellationToken) =>
        ProveUser(context, await accounts.SignUpAsync(input, cancellationToken));

    /// <summary>Signs in with email and password, opening a new session.</summary>
    /// <param name="input">The credentials.</param>
    [AllowAnonymous]
    [ChecksCredentials(CredentialRateLimit.SignIn)]
    [Error<InvalidCredentialsError>, Error<AccountDeactivatedError>, Error<TooManySignInAttemptsError>, Error<InvalidInputError>]
    public static async Task<Payload<SignedIn>> SignInAsync(
        IResolveFieldContext context, [FromServices] SignInService signIns, SignInInput input, CancellationToken cancellationToken) =>
        ProveUser(context, await signIns.SignInAsync(input, context.ClientAddress(), cancellationToken));

    /// <summary>Exchanges a refresh token for a new access token and refresh token. Needs no access token, since it renews an expired one.</summary>
    /// <param name="input">The refresh token to exchange.</param>
    /// <returns>The new tokens; the refresh token given is spent. Null when refused.</returns>
    [AllowAnonymous]
    [ChecksCredentials]
    [PayloadField("tokens")]
    [Error<InvalidRefreshTokenError>, Error<AccountDeactivatedError>]
    public static Task<Payload<AuthTokens>> RefreshTokensAsync(
        [FromServices] AuthTokenService tokens, RefreshTokensInput input, CancellationToken cancellationToken) =>
        tokens.RefreshAsync(input.RefreshToken, cancellationToken);

    /// <summary>Ends a session of the signed-in user, or all of them.</summary>
    /// <param name="input">Which session to end.</param>
    /// <returns>How many refresh tokens that still worked were revoked; 0 when the session had already ended.</returns>
    [Authorize]
    [PayloadField("revokedTokens")]
    [Error<InvalidInputError>, Error<InvalidRefreshTokenError>]
    public static Task<Payload<int>> SignOutAsync(
        [FromServices] AuthTokenService tokens, [CallerId] Guid callerId, SignOutInput input, CancellationToken cancellationToken) =>
        tokens.SignOutAsync(callerId, input, cancellationToken);

    private static Payload<SignedIn> ProveUser(IResolveFieldContext context, Payload<SignedIn> payload)
    {
        if (payload.Value is { } signedIn)
        {
            context.RecordProvenUser(signedIn.User.Id);
        }

        return payload;
    }
}
