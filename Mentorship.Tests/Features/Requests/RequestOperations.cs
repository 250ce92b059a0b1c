using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Requests;

/// <summary>The client's request operations (as in the contract) and short ways to run them.</summary>
internal static class RequestOperations
{
    public const string RequestFields = """
        fragment RequestFields on MentorshipRequest {
          id status message createdAt respondedAt
          mentor { id profile { displayName } }
          mentee { id profile { displayName } }
        }
        """;

    public const string ErrorFields = "fragment ErrorFields on Error { __typename message code }";

    public const string Send = $$"""
        mutation SendMentorshipRequest($input: SendMentorshipRequestInput!) {
          sendMentorshipRequest(input: $input) { request { ...RequestFields } errors { ...ErrorFields ... on InvalidInputError { field } } }
        }
        {{RequestFields}}
        {{ErrorFields}}
        """;

    public const string Accept = $$"""
        mutation AcceptMentorshipRequest($input: AcceptMentorshipRequestInput!) {
          acceptMentorshipRequest(input: $input) {
            request { ...RequestFields }
            mentorship { id status startedAt }
            errors { ...ErrorFields ... on RequestNotPendingError { status } }
          }
        }
        {{RequestFields}}
        {{ErrorFields}}
        """;

    public const string Decline = $$"""
        mutation DeclineMentorshipRequest($input: DeclineMentorshipRequestInput!) {
          declineMentorshipRequest(input: $input) { request { ...RequestFields declineReason } errors { ...ErrorFields ... on InvalidInputError { field } } }
        }
        {{RequestFields}}
        {{ErrorFields}}
        """;

    public const string Withdraw = $$"""
        mutation WithdrawMentorshipRequest($input: WithdrawMentorshipRequestInput!) {
          withdrawMentorshipRequest(input: $input) { request { ...RequestFields } errors { ...ErrorFields ... on RequestNotPendingError { status } } }
        }
        {{RequestFields}}
        {{ErrorFields}}
        """;

    public const string MyRequests = $$"""
        query MyMentorshipRequests($direction: RequestDirection!, $status: MentorshipRequestStatus, $first: Int, $after: String) {
          myMentorshipRequests(direction: $direction, status: $status, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { ...RequestFields }
          }
        }
        {{RequestFields}}
        """;

    public const string EndMentorship = $$"""
        mutation EndMentorship($input: EndMentorshipInput!) {
          endMentorship(input: $input) { mentorship { id status endedAt } errors { ...ErrorFields } }
        }
        {{ErrorFields}}
        """;

    public static Task<GraphQLResponse> SendAsync(this TestUser mentee, Guid mentorId, string? message = null) =>
        mentee.Client.ExecuteAsync(Send, new { input = new { mentorId, message } });

    /// <summary>Sends a request that must succeed and returns its id.</summary>
    public static async Task<Guid> SentRequestAsync(this TestUser mentee, TestUser mentor)
    {
        var response = await mentee.SendAsync(mentor.Id);
        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("sendMentorshipRequest.errors").ValueKind);
        return Guid.Parse(response.StringAt("sendMentorshipRequest.request.id")!);
    }

    public static Task<GraphQLResponse> AcceptAsync(this TestUser mentor, Guid requestId) =>
        mentor.Client.ExecuteAsync(Accept, new { input = new { requestId } });

    public static Task<GraphQLResponse> DeclineAsync(this TestUser mentor, Guid requestId, string? reason = null) =>
        mentor.Client.ExecuteAsync(Decline, new { input = new { requestId, reason } });

    public static Task<GraphQLResponse> WithdrawAsync(this TestUser mentee, Guid requestId) =>
        mentee.Client.ExecuteAsync(Withdraw, new { input = new { requestId } });

    public static Task<GraphQLResponse> EndAsync(this TestUser user, Guid mentorshipId) =>
        user.Client.ExecuteAsync(EndMentorship, new { input = new { mentorshipId } });

    /// <summary>Accepts a request that must succeed and returns the new mentorship's id.</summary>
    public static async Task<Guid> AcceptedMentorshipAsync(this TestUser mentor, Guid requestId)
    {
        var response = await mentor.AcceptAsync(requestId);
        response.EnsureNoErrors();
        return Guid.Parse(response.StringAt("acceptMentorshipRequest.mentorship.id")!);
    }

    /// <summary>The single payload error's code, after checking the mutation changed nothing it reports.</summary>
    public static string? RefusalCode(this GraphQLResponse response, string mutation, string changed = "request")
    {
        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At($"{mutation}.{changed}").ValueKind);
        return Assert.Single(response.At($"{mutation}.errors").EnumerateArray()).GetProperty("code").GetString();
    }

    /// <summary>The role guard refused the whole operation: 403 with a single FORBIDDEN error, nothing ran.</summary>
    public static void AssertForbidden(this GraphQLResponse response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }
}
