using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Auth;

/// <summary>The authorization rule as clients meet it, through <c>/graphql</c> and the real schema.</summary>
public sealed class RoleGuardEndpointTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Me_without_sign_in_is_answered_UNAUTHENTICATED_with_no_data()
    {
        var response = await app.Anonymous().ExecuteAsync("query Me { me { id email } }");

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out _), response.Body);
    }

    [Fact]
    public async Task User_by_id_without_sign_in_is_answered_UNAUTHENTICATED()
    {
        var mentor = await app.MentorAsync();

        var response = await app.Anonymous().ExecuteAsync("query ($id: ID!) { user(id: $id) { id } }", new { id = mentor.Id });

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Me_selected_through_a_fragment_without_sign_in_is_answered_UNAUTHENTICATED()
    {
        var response = await app.Anonymous().ExecuteAsync("query { ...Viewer } fragment Viewer on Query { me { id } }");

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Me_left_out_by_skip_needs_no_sign_in()
    {
        var response = await app.Anonymous().ExecuteAsync("query ($signedIn: Boolean!) { __typename me @include(if: $signedIn) { id } }", new { signedIn = false });

        Assert.Equal("Query", response.EnsureNoErrors().StringAt("__typename"));
        Assert.False(response.Data.TryGetProperty("me", out _));
    }

    [Fact]
    public async Task Only_the_operation_named_by_operationName_is_checked()
    {
        const string Document = "query Open { __typename } query Private { me { id } }";

        var open = await app.Anonymous().ExecuteAsync(Document, operationName: "Open");
        var closed = await app.Anonymous().ExecuteAsync(Document, operationName: "Private");

        Assert.Equal("Query", open.EnsureNoErrors().StringAt("__typename"));
        Assert.Equal(["UNAUTHENTICATED"], closed.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_is_open_without_sign_in()
    {
        var response = await app.Anonymous().ExecuteAsync("{ __schema { mutationType { name } } __type(name: \"User\") { name } }");

        Assert.Equal("Mutation", response.EnsureNoErrors().StringAt("__schema.mutationType.name"));
    }

    [Fact]
    public async Task A_signed_in_user_passes_the_guard_of_me()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync("query Me { me { id } }");

        Assert.Equal(mentee.Id.ToString(), response.EnsureNoErrors().StringAt("me.id"));
    }
}
