using System.Security.Claims;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using Mentorship.GraphQL.Auth;

namespace Mentorship.Tests.Auth;

/// <summary>The rule on its own, against a schema made for it (see <see cref="GuardedTestSchema"/>).</summary>
public sealed class AuthorizationValidationRuleTests
{
    private static readonly ISchema Schema = GuardedTestSchema.Create();
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private static readonly ClaimsPrincipal Mentee = SignedIn(Roles.Mentee);
    private static readonly ClaimsPrincipal Admin = SignedIn(Roles.Admin);

    [Fact]
    public async Task A_root_field_without_marking_needs_a_signed_in_user()
    {
        Assert.Equal(["UNAUTHENTICATED"], await CodesAsync("{ unmarked }", Anonymous));
        Assert.Empty(await CodesAsync("{ unmarked }", Mentee));
    }

    [Fact]
    public async Task A_root_field_marked_AllowAnonymous_is_open_to_anonymous_callers()
    {
        Assert.Empty(await CodesAsync("{ open }", Anonymous));
    }

    [Fact]
    public async Task A_field_with_roles_is_UNAUTHENTICATED_for_anonymous_FORBIDDEN_for_other_roles_and_open_to_its_role()
    {
        Assert.Equal(["UNAUTHENTICATED"], await CodesAsync("{ thing { adminNote } }", Anonymous));
        Assert.Equal(["FORBIDDEN"], await CodesAsync("{ thing { adminNote } }", Mentee));
        Assert.Empty(await CodesAsync("{ thing { adminNote } }", Admin));
        Assert.Equal(["FORBIDDEN"], await CodesAsync("{ adminOnly }", Mentee));
    }

    [Fact]
    public async Task A_type_with_roles_is_enforced_where_a_field_returns_it_even_if_the_field_is_anonymous()
    {
        Assert.Equal(["UNAUTHENTICATED"], await CodesAsync("{ vault { content } }", Anonymous));
        Assert.Equal(["FORBIDDEN"], await CodesAsync("{ vault { content } }", Mentee));
        Assert.Empty(await CodesAsync("{ vault { content } }", Admin));
    }

    [Fact]
    public async Task A_type_with_roles_is_enforced_where_an_inline_fragment_names_it()
    {
        const string Query = "{ node { id ... on AdminNode { id } } }";

        Assert.Empty(await CodesAsync("{ node { id ... on PublicNode { id } } }", Mentee));
        Assert.Equal(["FORBIDDEN"], await CodesAsync(Query, Mentee));
        Assert.Empty(await CodesAsync(Query, Admin));
    }

    [Fact]
    public async Task The_root_types_roles_apply_to_every_root_field_but_those_marked_AllowAnonymous()
    {
        Assert.Equal(["FORBIDDEN"], await CodesAsync("mutation { adminAction }", Mentee));
        Assert.Equal(["UNAUTHENTICATED"], await CodesAsync("mutation { adminAction }", Anonymous));
        Assert.Empty(await CodesAsync("mutation { adminAction }", Admin));
        Assert.Empty(await CodesAsync("mutation { openAction }", Anonymous));
    }

    [Fact]
    public async Task Fields_selected_through_named_fragments_are_checked_however_deep()
    {
        const string Query = """
            { ...Outer }
            fragment Outer on Query { thing { ...Inner } }
            fragment Inner on Thing { inner { adminNote } }
            """;

        Assert.Equal(["FORBIDDEN"], await CodesAsync(Query, Mentee));
        Assert.Equal(["UNAUTHENTICATED"], await CodesAsync("{ ...Q } fragment Q on Query { unmarked }", Anonymous));
    }

    [Fact]
    public async Task A_fragment_spread_twice_is_reported_once()
    {
        Assert.Equal(["FORBIDDEN"], await CodesAsync("{ thing { ...F inner { name } ...F } } fragment F on Thing { adminNote }", Mentee));
    }

    [Fact]
    public async Task Each_refused_field_is_reported_with_its_location()
    {
        var result = await ExecuteAsync("{ open\n  unmarked\n  adminOnly }", Anonymous);

        Assert.Equal(["UNAUTHENTICATED", "UNAUTHENTICATED"], result.Errors!.Select(e => e.Code));
        Assert.Equal([2, 3], result.Errors!.Select(e => e.Locations!.Single().Line));
        Assert.Equal("Sign in to use the field 'unmarked'.", result.Errors![0].Message);
    }

    [Theory]
    [InlineData("{ open unmarked @skip(if: true) }", null)]
    [InlineData("{ open unmarked @include(if: false) }", null)]
    [InlineData("query ($hide: Boolean!) { open unmarked @skip(if: $hide) }", """{ "hide": true }""")]
    [InlineData("query ($show: Boolean!) { open unmarked @include(if: $show) }", """{ "show": false }""")]
    [InlineData("query ($hide: Boolean = true) { open unmarked @skip(if: $hide) }", null)]
    [InlineData("{ open ... @skip(if: true) { unmarked } }", null)]
    [InlineData("{ open ...F @include(if: false) } fragment F on Query { unmarked }", null)]
    public async Task Selections_that_skip_or_include_leave_out_are_not_checked(string query, string? variables)
    {
        Assert.Empty(await CodesAsync(query, Anonymous, variables));
    }

    [Theory]
    [InlineData("{ open unmarked @skip(if: false) }", null)]
    [InlineData("{ open unmarked @include(if: true) }", null)]
    [InlineData("query ($hide: Boolean!) { open unmarked @skip(if: $hide) }", """{ "hide": false }""")]
    public async Task Selections_that_skip_or_include_keep_are_checked(string query, string? variables)
    {
        Assert.Equal(["UNAUTHENTICATED"], await CodesAsync(query, Anonymous, variables));
    }

    [Fact]
    public async Task Only_the_operation_selected_by_operationName_is_checked()
    {
        const string Document = """
            query Public { open }
            query Private { ...Secret }
            fragment Secret on Query { unmarked }
            """;

        Assert.Empty(await CodesAsync(Document, Anonymous, operationName: "Public"));
        Assert.Equal(["UNAUTHENTICATED"], await CodesAsync(Document, Anonymous, operationName: "Private"));
    }

    [Fact]
    public async Task Introspection_is_open_to_anonymous_callers()
    {
        Assert.Empty(await CodesAsync("{ __typename __schema { queryType { name } } __type(name: \"Vault\") { name } }", Anonymous));
    }

    [Fact]
    public async Task A_field_that_names_a_policy_is_refused_since_only_roles_are_understood()
    {
        Assert.Equal(["FORBIDDEN"], await CodesAsync("{ policed }", Admin));
    }

    [Fact]
    public async Task Fragment_cycles_are_left_to_the_engines_own_rule()
    {
        var codes = await CodesAsync("{ ...A } fragment A on Query { open ...B } fragment B on Query { ...A }", Anonymous);

        Assert.DoesNotContain("UNAUTHENTICATED", codes);
        Assert.Contains("NO_FRAGMENT_CYCLES", codes);
    }

    private static async Task<IReadOnlyList<string?>> CodesAsync(string query, ClaimsPrincipal user, string? variables = null, string? operationName = null)
    {
        var result = await ExecuteAsync(query, user, variables, operationName);
        return [.. (result.Errors ?? []).Select(e => e.Code)];
    }

    private static Task<ExecutionResult> ExecuteAsync(string query, ClaimsPrincipal user, string? variables = null, string? operationName = null) =>
        new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = Schema;
            options.Query = query;
            options.OperationName = operationName;
            options.Variables = variables is null ? null : new GraphQLSerializer().Deserialize<Inputs>(variables);
            options.User = user;
            options.ValidationRules = DocumentValidator.CoreRules.Append(new AuthorizationValidationRule());
        });

    private static ClaimsPrincipal SignedIn(string role) =>
        new(new ClaimsIdentity(
            [new Claim(MentorshipClaims.Subject, Guid.NewGuid().ToString()), new Claim(MentorshipClaims.Role, role)],
            authenticationType: "Bearer",
            nameType: MentorshipClaims.Subject,
            roleType: MentorshipClaims.Role));
}
