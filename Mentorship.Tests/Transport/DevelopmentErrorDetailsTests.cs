using Mentorship.GraphQL.Execution.Errors;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Infrastructure.Probes;

namespace Mentorship.Tests.Transport;

public sealed class DevelopmentErrorDetailsTests(AppFor<DevelopmentErrorDetailsTests> host)
    : IClassFixture<AppFor<DevelopmentErrorDetailsTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.WithProbeFields().UseEnvironment("Development");

    [Fact]
    public async Task Unexpected_exception_details_are_exposed_in_Development_only_as_extensions_details()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("{ probeBoom }"));

        var error = Assert.Single(response.Errors);
        Assert.Equal(CodedErrorInfoProvider.NeutralMessage, error.GetProperty("message").GetString());
        Assert.Equal([ErrorCodes.InternalServerError], response.ErrorCodes);
        Assert.Contains(ProbeQueryFields.SecretInException, error.GetProperty("extensions").GetProperty("details").GetString(), StringComparison.Ordinal);
    }
}
