using System.Text.Json;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

/// <summary>With <c>GraphQL:PersistedQueries:TrustedDocumentsFile</c>, the server runs the documents of that file and nothing else.</summary>
public sealed class TrustedDocumentsTests(AppFor<TrustedDocumentsTests> host) : IClassFixture<AppFor<TrustedDocumentsTests>>, IConfiguresApp
{
    private const string Trusted = "query MentorCount { mentors(first: 1) { totalCount } }";
    private const string Untrusted = "{ __typename }";

    private const string AlsoTrusted = "query Typename { __typename }";

    // Apollo's manifest, as @apollo/generate-persisted-query-manifest writes it.
    private static readonly Lazy<string> File = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "trusted-documents-for-tests.json");
        System.IO.File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new[]
            {
                new { id = PersistedQueryTests.Hash(Trusted), name = "MentorCount", type = "query", body = Trusted },
                new { id = PersistedQueryTests.Hash(AlsoTrusted), name = "Typename", type = "query", body = AlsoTrusted },
            },
        }));
        return path;
    });

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.WithSetting("GraphQL:PersistedQueries:TrustedDocumentsFile", File.Value);

    [Fact]
    public async Task Trusted_document_runs_by_its_hash_over_GET()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(Extensions(PersistedQueryTests.Hash(Trusted))));

        var response = await app.Anonymous().SendAsync(request);

        Assert.Equal(0, response.EnsureNoErrors().At("mentors.totalCount").GetInt32());
    }

    [Fact]
    public async Task Trusted_document_runs_by_its_text()
    {
        var response = await app.Anonymous().ExecuteAsync(Trusted);

        Assert.Equal(0, response.EnsureNoErrors().At("mentors.totalCount").GetInt32());
    }

    [Fact]
    public async Task Every_operation_of_the_manifest_runs()
    {
        var response = await app.Anonymous().ExecuteAsync(AlsoTrusted);

        Assert.Equal("Query", response.EnsureNoErrors().StringAt("__typename"));
    }

    [Fact]
    public async Task Other_document_is_refused_as_not_in_the_list()
    {
        var response = await app.Anonymous().ExecuteAsync(Untrusted);

        response.AssertRefused(400, ErrorCodes.PersistedQueryNotInList);
    }

    [Fact]
    public async Task Other_document_sent_with_its_hash_is_refused_and_not_kept()
    {
        var hash = PersistedQueryTests.Hash(Untrusted);
        var withText = await app.Anonymous().SendAsync(HttpRequests.Post(JsonSerializer.Serialize(new { query = Untrusted, extensions = ExtensionsObject(hash) })));
        var hashAlone = await app.Anonymous().SendAsync(HttpRequests.Post(JsonSerializer.Serialize(new { extensions = ExtensionsObject(hash) })));

        withText.AssertRefused(400, ErrorCodes.PersistedQueryNotInList);
        hashAlone.AssertRefused(400, ErrorCodes.PersistedQueryNotInList);
    }

    [Fact]
    public async Task Other_document_is_refused_over_the_WebSocket()
    {
        await using var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await socket.SubscribeAsync("untrusted", Untrusted);
        var error = await socket.ReceiveAsync("error");

        Assert.Equal(ErrorCodes.PersistedQueryNotInList, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static object ExtensionsObject(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string Extensions(string hash) => JsonSerializer.Serialize(ExtensionsObject(hash));
}
