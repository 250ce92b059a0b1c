namespace Mentorship.GraphQL.Auth;

/// <summary>The <c>extensions.code</c> values of top-level errors about who the caller is.</summary>
public static class AuthorizationErrorCodes
{
    /// <summary>The operation needs a signed-in user, or the presented credentials do not hold.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The signed-in user's role may not use what was selected.</summary>
    public const string Forbidden = "FORBIDDEN";
}
