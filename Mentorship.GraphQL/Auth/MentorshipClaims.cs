using System.Security.Claims;

namespace Mentorship.GraphQL.Auth;

/// <summary>Claim names of access tokens, and reading them back from a principal.</summary>
public static class MentorshipClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string SecurityStamp = "sst";

    public static Guid? FindUserId(this ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(Subject)?.Value, out var id) ? id : null;

    public static Guid GetUserId(this ClaimsPrincipal? principal) =>
        principal.FindUserId() ?? throw new InvalidOperationException("The operation ran without a signed-in user.");

    public static bool IsSignedIn(this ClaimsPrincipal? principal) => principal?.Identity?.IsAuthenticated == true;
}
