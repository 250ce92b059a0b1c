using System.Security.Claims;
using GraphQL;
using Mentorship.GraphQL.Auth;

namespace Mentorship.GraphQL.Schema;

public static class ResolveFieldContextExtensions
{
    /// <summary>A service from the operation's own scope (one per HTTP request, one per WebSocket operation).</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>The signed-in user's id; the authorization rule guarantees one on fields that need it.</summary>
    public static Guid CurrentUserId(this IResolveFieldContext context) => context.User.GetUserId();

    public static bool CurrentUserIsAdmin(this IResolveFieldContext context) =>
        context.User?.IsInRole(Roles.Admin) == true;

    public static ClaimsPrincipal? CurrentUser(this IResolveFieldContext context) => context.User;
}
