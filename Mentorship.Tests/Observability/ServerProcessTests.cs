using System.Net;
using System.Text.Json;
using Mentorship.GraphQL.Observability;
using Mentorship.Tests.Features.Identity;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;

namespace Mentorship.Tests.Observability;

/// <summary>The built server in its own process, as operators run it: console output, and its answer to SIGTERM.</summary>
public sealed class ServerProcessTests
{
    private const string Password = "process-test-password";

    [Fact]
    public async Task Json_console_output_has_one_line_per_operation_and_no_password_token_or_email()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Passwords__WorkFactor"] = "11",
        });
        var client = new GraphQLClient(server.CreateClient(), accessToken: null);
        var email = $"process-{Guid.NewGuid():N}@example.com";

        var signedUp = await client.SignUpAsync(email, Password);
        var refused = await client.SignInAsync(email, "the-wrong-password");
        var accepted = await client.SignInAsync(email, Password);
        await server.WaitForOutputAsync(line => line.Contains("\"Outcome\":\"success\"", StringComparison.Ordinal)
            && line.Contains(signedUp.StringAt("signUp.user.id")!, StringComparison.Ordinal)
            && line.Contains("\"OperationName\":\"SignIn\"", StringComparison.Ordinal), "for the accepted sign-in");

        Assert.Equal(["INVALID_CREDENTIALS"], refused.PayloadErrorCodes("signIn"));
        var lines = server.Output.Where(line => line.Length > 0).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var operations = lines.Where(line => line.GetProperty("Category").GetString() == GraphQLOperationTelemetry.LogCategory).ToList();
        Assert.Equal(["SignUp", "SignIn", "SignIn"], operations.Select(line => line.GetProperty("State").GetProperty("OperationName").GetString()));
        Assert.All(operations, line =>
        {
            Assert.Equal("Information", line.GetProperty("LogLevel").GetString());
            Assert.Equal("mutation", line.GetProperty("State").GetProperty("OperationType").GetString());
            Assert.Equal("success", line.GetProperty("State").GetProperty("Outcome").GetString());
            Assert.True(line.GetProperty("State").TryGetProperty("ElapsedMilliseconds", out _));
        });
        var written = string.Join('\n', server.Output) + server.Errors;
        var accessToken = accepted.StringAt("signIn.tokens.accessToken")!;
        Assert.All(
            new[] { Password, "the-wrong-password", email, accessToken, accepted.StringAt("signIn.tokens.refreshToken")!, signedUp.StringAt("signUp.tokens.refreshToken")! }
                .Concat(accessToken.Split('.').Skip(1)),
            secret => Assert.DoesNotContain(secret, written, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task On_SIGTERM_in_flight_requests_finish_sockets_close_with_1001_readiness_turns_false_and_the_process_exits_cleanly()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            // A costly hash keeps the sign-in below in flight for a good while.
            ["Passwords__WorkFactor"] = "13",
            ["Shutdown__DrainDelay"] = "00:00:02",
            ["GraphQL__WebSocket__KeepAliveInterval"] = "00:00:00",
        });
        using var http = server.CreateClient();
        var client = new GraphQLClient(http, accessToken: null);
        var email = $"sigterm-{Guid.NewGuid():N}@example.com";
        var token = (await client.SignUpAsync(email, Password)).StringAt("signUp.tokens.accessToken")!;
        await using var subscriber = await GraphQLWebSocketClient.ConnectAsync(server.GraphQLSocketUri, [GraphQLWebSocketClient.SubProtocol]);
        await subscriber.InitAsync(new { authToken = token });
        await subscriber.SubscribeAsync("updates", "subscription OnRequestUpdated { mentorshipRequestUpdated { id } }");
        await server.WaitForOutputAsync(line => line.Contains("GraphQL subscription OnRequestUpdated success", StringComparison.Ordinal), "for the subscription");
        var postsBefore = RequestsStarted(server);

        var inFlight = client.SignInAsync(email, Password);
        await server.WaitForOutputAsync(_ => RequestsStarted(server) > postsBefore, "for the sign-in request");
        await server.TerminateAsync();
        await server.WaitForOutputAsync(line => line.Contains("Application is shutting down", StringComparison.Ordinal), "saying it stops");
        var readiness = await http.GetAsync("/health/ready");
        var (closeCode, _) = await subscriber.ReceiveCloseAsync();
        var signedIn = await inFlight;
        var exitCode = await server.WaitForExitAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.Equal(1001, closeCode);
        Assert.Empty(signedIn.PayloadErrorCodes("signIn"));
        Assert.NotNull(signedIn.StringAt("signIn.tokens.accessToken"));
        Assert.Equal(0, exitCode);
        Assert.Empty(await RealtimeProbe.ListenerPidsAsync(server.ConnectionString));
    }

    private static int RequestsStarted(ServerProcess server) =>
        server.Output.Count(line => line.Contains("Request starting", StringComparison.Ordinal) && line.Contains("POST", StringComparison.Ordinal));
}
