using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Identity;

/// <summary>The client's identity operations, as in the contract, and calls that send them.</summary>
internal static class IdentityOperations
{
    public const string SignUp = """
        mutation SignUp($input: SignUpInput!) {
          signUp(input: $input) {
            user { id email role isActive createdAt profile { displayName } }
            tokens { ...TokenFields }
            errors { ...ErrorFields ... on InvalidInputError { field } }
          }
        }
        """ + ErrorFields + TokenFields;

    public const string SignIn = """
        mutation SignIn($input: SignInInput!) {
          signIn(input: $input) {
            user { id email role }
            tokens { ...TokenFields }
            errors { ...ErrorFields ... on TooManySignInAttemptsError { retryAfterSeconds } }
          }
        }
        """ + ErrorFields + TokenFields;

    public const string RefreshTokens = """
        mutation RefreshTokens($input: RefreshTokensInput!) {
          refreshTokens(input: $input) {
            tokens { ...TokenFields }
            errors { ...ErrorFields }
          }
        }
        """ + ErrorFields + TokenFields;

    public const string SignOut = """
        mutation SignOut($input: SignOutInput!) {
          signOut(input: $input) {
            revokedTokens
            errors { ...ErrorFields ... on InvalidInputError { field } }
          }
        }
        """ + ErrorFields;

    private const string ErrorFields = """

        fragment ErrorFields on Error { __typename message code }
        """;

    private const string TokenFields = """

        fragment TokenFields on AuthTokens { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }
        """;

    public static Task<GraphQLResponse> SignUpAsync(
        this GraphQLClient client, string email, string password = MentorshipApp.UserPassword, string displayName = "Ada Lovelace", string role = "MENTEE") =>
        client.ExecuteAsync(SignUp, new { input = new { email, password, displayName, role } });

    public static Task<GraphQLResponse> SignInAsync(this GraphQLClient client, string email, string password = MentorshipApp.UserPassword) =>
        client.ExecuteAsync(SignIn, new { input = new { email, password } });

    public static Task<GraphQLResponse> RefreshTokensAsync(this GraphQLClient client, string refreshToken) =>
        client.ExecuteAsync(RefreshTokens, new { input = new { refreshToken } });

    public static Task<GraphQLResponse> SignOutAsync(this GraphQLClient client, string? refreshToken = null, bool? everywhere = null) =>
        client.ExecuteAsync(SignOut, new { input = new { refreshToken, everywhere } });

    /// <summary>The codes in a payload's <c>errors</c>, such as <c>signIn.errors</c>; empty when it is null.</summary>
    public static IReadOnlyList<string?> PayloadErrorCodes(this GraphQLResponse response, string payload)
    {
        response.EnsureNoErrors();
        var errors = response.At($"{payload}.errors");
        return errors.ValueKind == System.Text.Json.JsonValueKind.Null
            ? []
            : [.. errors.EnumerateArray().Select(e => e.GetProperty("code").GetString())];
    }
}
