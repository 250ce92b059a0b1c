namespace Mentorship.GraphQL.Auth.Credentials;

/// <summary>Which per-address rate limit of <see cref="RateLimitOptions"/> a credential-checking field spends.</summary>
public enum CredentialRateLimit
{
    /// <summary>None: the field is limited to one per request only.</summary>
    None,

    /// <summary><see cref="RateLimitOptions.SignIn"/>.</summary>
    SignIn,

    /// <summary><see cref="RateLimitOptions.SignUp"/>.</summary>
    SignUp,
}
