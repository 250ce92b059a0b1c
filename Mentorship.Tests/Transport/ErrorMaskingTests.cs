using System.Net;
using System.Text.Json;
using Mentorship.GraphQL.Execution.Errors;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Infrastructure.Probes;
using Microsoft.Extensions.Logging;

namespace Mentorship.Tests.Transport;

public sealed class ErrorMaskingTests(AppFor<ErrorMaskingTests> host) : IClassFixture<AppFor<ErrorMaskingTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.WithProbeFields().CaptureLogs();

    [Fact]
    public async Task Unexpected_exception_is_masked_with_a_neutral_message_and_INTERNAL_SERVER_ERROR()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("{ probeBoom }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal(CodedErrorInfoProvider.NeutralMessage, error.GetProperty("message").GetString());
        Assert.Equal([ErrorCodes.InternalServerError], response.ErrorCodes);
        Assert.Equal(["code"], error.GetProperty("extensions").EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("hunter2", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unexpected_exception_is_logged_with_its_details()
    {
        await app.Anonymous().SendAsync(HttpRequests.PostQuery("{ probeBoom }"));

        Assert.Contains(app.Logs.Entries, entry =>
            entry.Level == LogLevel.Error && entry.Exception?.Message.Contains(ProbeQueryFields.SecretInException, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Engine_errors_carry_only_their_code_in_extensions()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("{ noSuchField }"));

        var extensions = Assert.Single(response.Errors).GetProperty("extensions");
        Assert.Equal("""{"code":"GRAPHQL_VALIDATION_FAILED"}""", JsonSerializer.Serialize(extensions));
    }
}
