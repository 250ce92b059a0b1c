using System.Text.Json;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

public sealed class PersistedQueriesDisabledTests(AppFor<PersistedQueriesDisabledTests> host) : IClassFixture<AppFor<PersistedQueriesDisabledTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.WithSetting("GraphQL:PersistedQueries:Enabled", "false");

    [Fact]
    public async Task Hash_alone_is_PERSISTED_QUERY_NOT_SUPPORTED_so_the_client_sends_the_text()
    {
        var document = "{ __typename }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedQueryTests.Hash(document) } };

        var hashOnly = await app.Anonymous().SendAsync(HttpRequests.Post(JsonSerializer.Serialize(new { extensions })));
        var withText = await app.Anonymous().SendAsync(HttpRequests.Post(JsonSerializer.Serialize(new { query = document, extensions })));

        hashOnly.AssertRefused(400, ErrorCodes.PersistedQueryNotSupported);
        Assert.Equal("PersistedQueryNotSupported", hashOnly.Errors[0].GetProperty("message").GetString());
        Assert.Equal("Query", withText.EnsureNoErrors().StringAt("__typename"));
    }
}
