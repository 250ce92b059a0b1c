using GraphQL;
using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class IdentityMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SignUpPayloadType>>("signUp")
            .Description("Creates a mentee or mentor account and signs it in.")
            .Argument<NonNullGraphType<SignUpInputType>>("input", "The new account.")
            .AllowAnonymous()
            .ResolveAsync(async c =>
            {
                var payload = await c.Service<AccountService>().SignUpAsync(c.GetArgument<SignUpInput>("input"), c.CancellationToken);
                RecordProvenUser(c, payload.User);
                return payload;
            });

        mutation.Field<NonNullGraphType<SignInPayloadType>>("signIn")
            .Description("Signs in with email and password, opening a new session.")
            .Argument<NonNullGraphType<SignInInputType>>("input", "The credentials.")
            .AllowAnonymous()
            .ResolveAsync(async c =>
            {
                var payload = await c.Service<SignInService>().SignInAsync(c.GetArgument<SignInInput>("input"), c.CancellationToken);
                RecordProvenUser(c, payload.User);
                return payload;
            });

        mutation.Field<NonNullGraphType<RefreshTokensPayloadType>>("refreshTokens")
            .Description("Exchanges a refresh token for a new access token and refresh token. Needs no access token, since it renews an expired one.")
            .Argument<NonNullGraphType<RefreshTokensInputType>>("input", "The refresh token to exchange.")
            .AllowAnonymous()
            .ResolveAsync(async c => await c.Service<AuthTokenService>().RefreshAsync(
                c.GetArgument<RefreshTokensInput>("input").RefreshToken, c.CancellationToken));

        mutation.Field<NonNullGraphType<SignOutPayloadType>>("signOut")
            .Description("Ends a session of the signed-in user, or all of them.")
            .Argument<NonNullGraphType<SignOutInputType>>("input", "Which session to end.")
            .ResolveAsync(async c => await c.Service<AuthTokenService>().SignOutAsync(
                c.CurrentUserId(), c.GetArgument<SignOutInput>("input"), c.CancellationToken));
    }

    private static void RecordProvenUser(IResolveFieldContext context, User? user)
    {
        if (user is not null)
        {
            context.RecordProvenUser(user.Id);
        }
    }
}
