using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Transport.Errors;
using Mentorship.Tests.Infrastructure.Probes;
using Mentorship.Tests.Transport.Probes;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Tests.Transport;

public sealed class DevelopmentErrorDetailsTests(DevelopmentErrorDetailsTests.DevelopmentProbeApp app)
    : IClassFixture<DevelopmentErrorDetailsTests.DevelopmentProbeApp>
{
    [Fact]
    public async Task Unexpected_exception_details_are_exposed_in_Development_only_as_extensions_details()
    {
        var response = await app.Anonymous().SendAsync(HttpRequests.PostQuery("{ probeBoom }"));

        var error = Assert.Single(response.Errors);
        Assert.Equal(CodedErrorInfoProvider.NeutralMessage, error.GetProperty("message").GetString());
        Assert.Equal([ErrorCodes.InternalServerError], response.ErrorCodes);
        Assert.Contains(ProbeQueryFields.SecretInException, error.GetProperty("extensions").GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    public sealed class DevelopmentProbeApp : ProbeApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
