using System.Net;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Infrastructure.Probes;

namespace Mentorship.Tests.Transport;

public sealed class StatusCodeTests(AppFor<StatusCodeTests> host) : IClassFixture<AppFor<StatusCodeTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.WithProbeFields();

    [Fact]
    public async Task Unparsable_document_is_400_with_GRAPHQL_PARSE_FAILED()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("{"));

        response.AssertRefused(400, ErrorCodes.ParseFailed);
    }

    [Fact]
    public async Task Unparsable_document_is_200_with_application_json()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("{", accept: HttpRequests.Json));

        response.AssertRefused(200, ErrorCodes.ParseFailed);
    }

    [Fact]
    public async Task Validation_failure_is_400_with_GRAPHQL_VALIDATION_FAILED()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("{ noSuchField }"));

        response.AssertRefused(400, ErrorCodes.ValidationFailed);
        Assert.Equal(HttpRequests.GraphQLResponse, response.ContentType);
    }

    [Fact]
    public async Task Validation_failure_is_200_with_application_json()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("{ noSuchField }", accept: HttpRequests.Json));

        response.AssertRefused(200, ErrorCodes.ValidationFailed);
        Assert.Equal(HttpRequests.Json, response.ContentType);
    }

    [Fact]
    public async Task Variable_that_cannot_be_coerced_is_400_with_BAD_USER_INPUT_and_nothing_runs()
    {
        var response = await app.Anonymous().SendAsync(
            HttpRequests.PostQuery("query($value: Int!) { probeEcho(value: $value) }", variables: new { value = "seven" }));

        response.AssertRefused(400, ErrorCodes.BadUserInput);
        Assert.DoesNotContain(app.ProbeLog.Entries, entry => entry.StartsWith("echo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_operation_name_is_400_with_BAD_REQUEST()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("query A { __typename }", operationName: "B"));

        response.AssertRefused(400, ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Field_error_during_execution_is_200_with_partial_data()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("{ __typename probeBoom }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.StringAt("__typename"));
        Assert.Equal([ErrorCodes.InternalServerError], response.ErrorCodes);
    }

    [Fact]
    public async Task Only_UNAUTHENTICATED_errors_give_401_with_a_bearer_challenge()
    {
        using var response = await app.CreateClient().SendAsync(HttpRequests.PostQuery($"{{ {ProbeGuardRule.UnauthenticatedField} }}"));
        var body = await GraphQLResponse.ReadAsync(response);

        body.AssertRefused(401, ErrorCodes.Unauthenticated);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Only_FORBIDDEN_errors_give_403()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery($"{{ {ProbeGuardRule.ForbiddenField} }}"));

        response.AssertRefused(403, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Authorization_errors_are_200_with_application_json()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery($"{{ {ProbeGuardRule.ForbiddenField} }}", accept: HttpRequests.Json));

        response.AssertRefused(200, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Authorization_errors_mixed_with_other_validation_errors_give_400()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery($"{{ {ProbeGuardRule.ForbiddenField} noSuchField }}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal([ErrorCodes.Forbidden, ErrorCodes.ValidationFailed], response.ErrorCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Invalid_bearer_token_is_answered_401_UNAUTHENTICATED_and_never_executed()
    {
        var entry = Guid.NewGuid().ToString();
        using var request = HttpRequests.PostQuery($$"""mutation { probeAppend(entry: "{{entry}}") }""");
        request.Headers.Authorization = new("Bearer", "not-a-token");

        using var response = await app.CreateClient().SendAsync(request);
        var body = await GraphQLResponse.ReadAsync(response);

        body.AssertRefused(401, ErrorCodes.Unauthenticated);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain(entry, app.ProbeLog.Entries);
    }

    [Fact]
    public async Task Invalid_bearer_token_is_200_UNAUTHENTICATED_with_application_json()
    {
        var response = await app.WithToken("not-a-token").SendAsync(HttpRequests.PostQuery("{ __typename }", accept: HttpRequests.Json));

        response.AssertRefused(200, ErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task Authorization_header_that_is_not_a_bearer_token_is_rejected_too()
    {
        using var request = HttpRequests.PostQuery("{ __typename }");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz");

        var response = await app.Anonymous().SendAsync(request);

        response.AssertRefused(401, ErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task Valid_bearer_token_runs_the_operation()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.SendAsync(HttpRequests.PostQuery("{ __typename }"));

        response.EnsureNoErrors();
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }
}
