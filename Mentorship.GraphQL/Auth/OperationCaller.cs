using GraphQL;

namespace Mentorship.GraphQL.Auth;

/// <summary>
/// Who the running operation speaks for. Sign-up and sign-in prove an account within the operation, before the
/// client holds a token; recording it lets their payloads show what only the owner may see, such as the email.
/// </summary>
public static class OperationCaller
{
    private const string ProvenUserKey = "mentorship.provenUserId";

    /// <summary>Records that the operation has just authenticated <paramref name="userId"/> (by password or as a new account).</summary>
    public static void RecordProvenUser(this IResolveFieldContext context, Guid userId) => context.UserContext[ProvenUserKey] = userId;

    /// <summary>True when the caller is <paramref name="userId"/>: by access token, or proven earlier in this operation.</summary>
    public static bool IsCaller(this IResolveFieldContext context, Guid userId) =>
        context.User.FindUserId() == userId
        || (context.UserContext.TryGetValue(ProvenUserKey, out var proven) && proven is Guid provenId && provenId == userId);

    /// <summary>The user the operation authenticated by password or as a new account, read from its user context once it has run.</summary>
    public static Guid? FindProvenUserId(IDictionary<string, object?> userContext) =>
        userContext is not null && userContext.TryGetValue(ProvenUserKey, out var proven) && proven is Guid provenId ? provenId : null;
}
