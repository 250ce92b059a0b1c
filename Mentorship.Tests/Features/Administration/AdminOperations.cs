using System.Net;
using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Administration;

/// <summary>The client's administration operations, as in the contract, and short ways to run them.</summary>
internal static class AdminOperations
{
    public const string AdminUsers = """
        query AdminUsers($where: UserFilterInput, $first: Int, $after: String) {
          users(where: $where, first: $first, after: $after) {
            totalCount
            pageInfo { ...PageInfoFields }
            nodes { id email role isActive createdAt profile { displayName } }
          }
        }
        fragment PageInfoFields on PageInfo { hasNextPage endCursor }
        """;

    public const string ChangeUserRole = """
        mutation ChangeUserRole($input: ChangeUserRoleInput!) {
          changeUserRole(input: $input) { user { id role } errors { ...ErrorFields ... on RoleUnchangedError { role } } }
        }
        fragment ErrorFields on Error { __typename message code }
        """;

    public const string DeactivateUser = """
        mutation DeactivateUser($input: DeactivateUserInput!) {
          deactivateUser(input: $input) { user { id isActive } errors { ...ErrorFields ... on InvalidInputError { field } } }
        }
        fragment ErrorFields on Error { __typename message code }
        """;

    public const string ReactivateUser = """
        mutation ReactivateUser($input: ReactivateUserInput!) {
          reactivateUser(input: $input) { user { id isActive } errors { ...ErrorFields } }
        }
        fragment ErrorFields on Error { __typename message code }
        """;

    public const string PlatformStats = """
        query PlatformStats {
          platformStats {
            usersByRole { role count }
            requestsByStatus { status count }
            sessionsByStatus { status count }
            feedbackCount
            averageRating
          }
        }
        """;

    public const string AuditLog = """
        query AuditLog($first: Int, $after: String) {
          auditLog(first: $first, after: $after) {
            totalCount
            pageInfo { ...PageInfoFields }
            nodes { id action createdAt actor { id } subjectUserId details }
          }
        }
        fragment PageInfoFields on PageInfo { hasNextPage endCursor }
        """;

    public static Task<GraphQLResponse> UsersAsync(this GraphQLClient client, object? where = null, int? first = null, string? after = null) =>
        client.ExecuteAsync(AdminUsers, new { where, first, after });

    public static Task<GraphQLResponse> ChangeRoleAsync(this GraphQLClient client, Guid userId, string role) =>
        client.ExecuteAsync(ChangeUserRole, new { input = new { userId, role } });

    public static Task<GraphQLResponse> DeactivateAsync(this GraphQLClient client, Guid userId, string? reason = null) =>
        client.ExecuteAsync(DeactivateUser, new { input = new { userId, reason } });

    public static Task<GraphQLResponse> ReactivateAsync(this GraphQLClient client, Guid userId) =>
        client.ExecuteAsync(ReactivateUser, new { input = new { userId } });

    public static Task<GraphQLResponse> AuditLogAsync(this GraphQLClient client, int? first = null, string? after = null) =>
        client.ExecuteAsync(AuditLog, new { first, after });

    /// <summary>Checks that a mutation succeeded (no top-level errors, <c>errors</c> null) and returns its <c>user</c>.</summary>
    public static JsonElement Succeeded(this GraphQLResponse response, string mutation)
    {
        response.EnsureNoErrors();
        Assert.True(response.At($"{mutation}.errors").ValueKind == JsonValueKind.Null, response.Body);
        return response.At($"{mutation}.user");
    }

    /// <summary>The single payload error's code, after checking the mutation returned no user.</summary>
    public static string? Refusal(this GraphQLResponse response, string mutation)
    {
        response.EnsureNoErrors();
        Assert.True(response.At($"{mutation}.user").ValueKind == JsonValueKind.Null, response.Body);
        return Assert.Single(response.At($"{mutation}.errors").EnumerateArray()).GetProperty("code").GetString();
    }

    /// <summary>The whole operation was refused before anything ran: one top-level error with this code and its status, no data.</summary>
    public static void AssertRefusedWith(this GraphQLResponse response, string code)
    {
        Assert.Equal(code == "UNAUTHENTICATED" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, response.Body);
    }

    /// <summary>The ids of the users on a page of <c>users</c>, in order.</summary>
    public static IReadOnlyList<string?> UserIds(this GraphQLResponse response) =>
        [.. response.EnsureNoErrors().At("users.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())];

    public static Task<int> AuditEntryCountAsync(this MentorshipApp app) => app.WithDbAsync(db => db.AuditLogEntries.CountAsync());

    /// <summary>What an admin change may alter about a user, to show that a refused one altered nothing.</summary>
    public static Task<UserState> UserStateAsync(this MentorshipApp app, Guid userId) =>
        app.WithDbAsync(db => db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new UserState(u.Role, u.IsActive, u.DeactivatedAt, u.SecurityStamp, db.RefreshTokens.Count(t => t.UserId == userId && t.RevokedAt == null)))
            .SingleAsync());

    /// <summary>Signs in by password and returns a client with the new access token and the refresh token.</summary>
    public static async Task<(GraphQLClient Client, string RefreshToken)> SignInAsync(this MentorshipApp app, TestUser user)
    {
        var response = await app.Anonymous().ExecuteAsync(
            "mutation ($input: SignInInput!) { signIn(input: $input) { tokens { accessToken refreshToken } errors { ... on Error { code } } } }",
            new { input = new { email = user.Email, password = MentorshipApp.UserPassword } });
        response.EnsureNoErrors();
        Assert.True(response.At("signIn.errors").ValueKind == JsonValueKind.Null, response.Body);
        return (app.WithToken(response.StringAt("signIn.tokens.accessToken")!), response.StringAt("signIn.tokens.refreshToken")!);
    }

    /// <summary>The ids of the mentors listed with this skill (to anyone) and of those recommended to the mentee.</summary>
    public static async Task<(IReadOnlyList<string?> Listed, IReadOnlyList<string?> Recommended)> DiscoveredAsync(this MentorshipApp app, string skill, TestUser mentee)
    {
        var listed = await app.Anonymous().ExecuteAsync(
            "query ($where: MentorFilterInput) { mentors(where: $where) { nodes { id } } }", new { where = new { skills = new[] { skill } } });
        var recommended = await mentee.Client.ExecuteAsync("{ recommendedMentors { mentor { id } } }");
        return (
            [.. listed.EnsureNoErrors().At("mentors.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())],
            [.. recommended.EnsureNoErrors().At("recommendedMentors").EnumerateArray().Select(r => r.GetProperty("mentor").GetProperty("id").GetString())]);
    }
}
