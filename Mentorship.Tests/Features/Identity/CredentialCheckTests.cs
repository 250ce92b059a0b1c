using System.Diagnostics;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Auth.Credentials;
using Mentorship.GraphQL.Schema;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Transport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Features.Identity;

/// <summary>
/// No request multiplies password hashing: one credential check (signIn, signUp, refreshTokens) per document, per HTTP
/// request with its batch, and at a time per socket; an over-long email is refused before any of it.
/// </summary>
public sealed class CredentialCheckTests(AppFor<CredentialCheckTests> host) : IClassFixture<AppFor<CredentialCheckTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.WithServices(services =>
    {
        services.AddSingleton<ProbeGate>();
        services.AddSingleton<IMutationFields, CredentialProbe>();
    });

    private ProbeGate Gate => app.Services.GetRequiredService<ProbeGate>();

    private const string WrongPassword = "not the password";

    [Fact]
    public async Task Forty_aliased_sign_ins_in_one_document_are_refused_before_any_password_is_checked()
    {
        var tag = Guid.NewGuid().ToString("N");
        var fields = Enumerable.Range(0, 40).Select(i =>
            $$"""s{{i}}: signIn(input: { email: "alias{{i}}-{{tag}}@example.com", password: "{{WrongPassword}}" }) { errors { __typename } }""");
        var clock = Stopwatch.StartNew();

        var response = await app.Anonymous().ExecuteAsync($"mutation {{ {string.Join(' ', fields)} }}");

        clock.Stop();
        response.AssertRefused(400, ErrorCodes.QueryTooComplex);
        Assert.StartsWith("This operation signs in, signs up or refreshes tokens 40 times", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await ThrottleRowsAsync(tag));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"refused after {clock.Elapsed}");
    }

    [Fact]
    public async Task Sign_in_and_sign_up_spread_through_fragments_count_together()
    {
        const string query = """
            mutation { ...In ...Up }
            fragment In on Mutation { signIn(input: { email: "a@example.com", password: "whatever1" }) { errors { __typename } } }
            fragment Up on Mutation { signUp(input: { email: "b@example.com", password: "whatever1", displayName: "B", role: MENTEE }) { errors { __typename } } }
            """;

        var response = await app.Anonymous().ExecuteAsync(query);

        response.AssertRefused(400, ErrorCodes.QueryTooComplex);
    }

    [Fact]
    public async Task A_batch_of_three_sign_ins_checks_one_password_and_refuses_the_others()
    {
        var tag = Guid.NewGuid().ToString("N");
        var batch = JsonSerializer.Serialize(Enumerable.Range(0, 3).Select(i => new
        {
            query = IdentityOperations.SignIn,
            variables = new { input = new { email = $"batch{i}-{tag}@example.com", password = WrongPassword } },
        }));

        var response = await app.Anonymous().SendAsync(HttpRequests.Post(batch));

        Assert.Equal("INVALID_CREDENTIALS", response.Json[0].GetProperty("data").GetProperty("signIn").GetProperty("errors")[0].GetProperty("code").GetString());
        foreach (var refused in new[] { response.Json[1], response.Json[2] })
        {
            Assert.False(refused.TryGetProperty("data", out _), $"expected no data: {refused}");
            Assert.Equal(ErrorCodes.BadRequest, refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        Assert.Equal(1, await ThrottleRowsAsync(tag));
    }

    [Fact]
    public async Task A_batch_may_hold_one_sign_in_beside_other_operations()
    {
        var mentee = await app.MenteeAsync();
        var batch = JsonSerializer.Serialize(new object[]
        {
            new { query = "{ __typename }" },
            new { query = IdentityOperations.SignIn, variables = new { input = new { email = mentee.Email, password = MentorshipApp.UserPassword } } },
            new { query = "{ __typename }" },
        });

        var response = await app.Anonymous().SendAsync(HttpRequests.Post(batch));

        Assert.All(response.Json.EnumerateArray(), item => Assert.False(item.TryGetProperty("errors", out _), $"unexpected errors: {item}"));
        Assert.Equal(mentee.Id.ToString(), response.Json[1].GetProperty("data").GetProperty("signIn").GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_email_longer_than_254_characters_is_refused_naming_email_before_throttling_or_hashing()
    {
        var tag = Guid.NewGuid().ToString("N");
        var email = $"{tag}{new string('a', 250)}@example.com";

        var response = await app.Anonymous().SignInAsync(email, WrongPassword);

        Assert.Equal(["INVALID_INPUT"], response.PayloadErrorCodes("signIn"));
        Assert.Equal(0, await ThrottleRowsAsync(tag));
    }

    [Fact]
    public async Task Credential_checks_sent_in_parallel_on_one_socket_run_one_at_a_time()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        await client.SubscribeAsync("first", "mutation { probeCredentialCheck }");
        await Gate.Entered;

        await client.SubscribeAsync("second", "mutation { probeCredentialCheck }");
        var refused = await client.ReceiveAsync("error");
        Gate.Release();
        var results = await client.ReceiveUntilCompleteAsync("first");
        var third = await client.ExecuteAsync("mutation { probeCredentialCheck }");

        Assert.Equal("second", refused.GetProperty("id").GetString());
        Assert.Equal(ErrorCodes.TooManyRequests, refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("checked", results.Single().GetProperty("data").GetProperty("probeCredentialCheck").GetString());
        Assert.Equal("checked", third.GetProperty("data").GetProperty("probeCredentialCheck").GetString());
    }

    private Task<int> ThrottleRowsAsync(string tag) =>
        app.WithDbAsync(db => db.SignInThrottles.CountAsync(t => t.NormalizedEmail.Contains(tag)));

    /// <summary>Test only: a credential-checking mutation that waits, once, until the test releases it.</summary>
    public sealed class CredentialProbe(ProbeGate gate) : IMutationFields
    {
        public void AddTo(ObjectGraphType mutation)
        {
            var field = mutation.Field<NonNullGraphType<StringGraphType>>("probeCredentialCheck")
                .AllowAnonymous()
                .Description("Test only: stands for a password check that takes as long as the test wants.")
                .ResolveAsync(async _ =>
                {
                    await gate.PassAsync();
                    return "checked";
                });
            new ChecksCredentialsAttribute().Modify(field.FieldType, isInputType: false);
        }
    }

    /// <summary>Holds the first caller until <see cref="Release"/>; later callers pass at once.</summary>
    public sealed class ProbeGate
    {
        private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        public Task PassAsync() => entered.TrySetResult() ? released.Task : Task.CompletedTask;

        public void Release() => released.TrySetResult();
    }
}
