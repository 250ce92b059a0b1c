using System.Globalization;
using System.Net;
using System.Text.Json;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Transport.PersistedQueries;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

/// <summary>
/// Automatic persisted queries as Apollo Client's link sends them: a hash alone, then, when the server does not know it,
/// the hash with the text. Each test uses documents of its own (a comment makes them distinct), since the class shares
/// one server and its store.
/// </summary>
public sealed class PersistedQueryTests(AppFor<PersistedQueryTests> host) : IClassFixture<AppFor<PersistedQueryTests>>, IConfiguresApp
{
    private const int MaxEntries = 3;
    private const int MaxDocumentLength = 2_000;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options
        .WithSetting("GraphQL:PersistedQueries:MaxEntries", MaxEntries.ToString(CultureInfo.InvariantCulture))
        .WithSetting("GraphQL:MaxDocumentLength", MaxDocumentLength.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public async Task Unknown_hash_alone_is_PERSISTED_QUERY_NOT_FOUND_and_not_cacheable()
    {
        var document = Document("unknown");

        using var response = await app.CreateClient().SendAsync(HashOnlyPost(document));
        var body = await GraphQLResponse.ReadAsync(response);

        body.AssertRefused(400, ErrorCodes.PersistedQueryNotFound);
        Assert.Equal("PersistedQueryNotFound", body.Errors[0].GetProperty("message").GetString());
        Assert.True(response.Headers.CacheControl?.NoStore, $"Expected Cache-Control: no-store, got '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task Unknown_hash_alone_over_GET_is_PERSISTED_QUERY_NOT_FOUND_and_not_cacheable()
    {
        var document = Document("unknown-get");

        using var response = await app.CreateClient().SendAsync(HashOnlyGet(document));
        var body = await GraphQLResponse.ReadAsync(response);

        body.AssertRefused(400, ErrorCodes.PersistedQueryNotFound);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Expected Cache-Control: no-store, got '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task Hash_with_its_text_runs_and_later_the_hash_alone_runs_it_over_POST()
    {
        var document = Document("post");

        var first = await app.Anonymous().SendAsync(HashAndTextPost(document));
        var second = await app.Anonymous().SendAsync(HashOnlyPost(document));

        Assert.Equal("Query", first.EnsureNoErrors().StringAt("__typename"));
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("Query", second.EnsureNoErrors().StringAt("__typename"));
    }

    [Fact]
    public async Task Hash_alone_over_GET_without_a_preflight_header_runs_a_stored_query()
    {
        var document = Document("get");
        await app.Anonymous().SendAsync(HashAndTextPost(document));

        using var response = await app.CreateClient().SendAsync(HashOnlyGet(document));
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, body.Status);
        Assert.Equal("Query", body.EnsureNoErrors().StringAt("__typename"));
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task Hash_with_text_over_GET_runs_and_stores_the_query()
    {
        var document = Document("get-text");
        var parameters = $"query={Uri.EscapeDataString(document)}&extensions={Uri.EscapeDataString(Extensions(Hash(document)))}";

        var first = await app.Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + parameters));
        var second = await app.Anonymous().SendAsync(HashOnlyGet(document));

        Assert.Equal("Query", first.EnsureNoErrors().StringAt("__typename"));
        Assert.Equal("Query", second.EnsureNoErrors().StringAt("__typename"));
    }

    [Fact]
    public async Task Hash_that_is_not_the_texts_is_refused_and_stores_nothing()
    {
        var document = Document("mismatch");
        var otherHash = Hash(Document("mismatch-other"));

        var refused = await app.Anonymous().SendAsync(HttpRequests.Post(Body(document, otherHash)));
        var underTheClaimedHash = await app.Anonymous().SendAsync(HttpRequests.Post(Body(null, otherHash)));
        var underItsOwnHash = await app.Anonymous().SendAsync(HashOnlyPost(document));

        refused.AssertRefused(400, ErrorCodes.BadRequest);
        Assert.Contains("not the SHA-256 hash of the document", refused.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        underTheClaimedHash.AssertRefused(400, ErrorCodes.PersistedQueryNotFound);
        underItsOwnHash.AssertRefused(400, ErrorCodes.PersistedQueryNotFound);
    }

    [Fact]
    public async Task Version_other_than_1_is_refused_naming_the_supported_version()
    {
        var document = Document("version");
        var body = JsonSerializer.Serialize(new { query = document, extensions = new { persistedQuery = new { version = 2, sha256Hash = Hash(document) } } });

        var response = await app.Anonymous().SendAsync(HttpRequests.Post(body));

        response.AssertRefused(400, ErrorCodes.BadRequest);
        Assert.Contains("version' 1", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("42")]
    [InlineData("\"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\"")]
    public async Task Hash_that_is_not_64_hexadecimal_digits_is_refused(string hash)
    {
        var body = """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":""" + hash + "}}}";

        var response = await app.Anonymous().SendAsync(HttpRequests.Post(body));

        response.AssertRefused(400, ErrorCodes.BadRequest);
        Assert.Contains("64 hexadecimal digits", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_that_fails_validation_is_answered_and_not_stored()
    {
        var document = "# invalid\n{ noSuchField }";

        var first = await app.Anonymous().SendAsync(HashAndTextPost(document));
        var second = await app.Anonymous().SendAsync(HashOnlyPost(document));

        first.AssertRefused(400, ErrorCodes.ValidationFailed);
        second.AssertRefused(400, ErrorCodes.PersistedQueryNotFound);
    }

    [Fact]
    public async Task Document_that_does_not_parse_is_answered_and_not_stored()
    {
        var document = "# unparsable\n{ __typename";

        var first = await app.Anonymous().SendAsync(HashAndTextPost(document));
        var second = await app.Anonymous().SendAsync(HashOnlyPost(document));

        first.AssertRefused(400, ErrorCodes.ParseFailed);
        second.AssertRefused(400, ErrorCodes.PersistedQueryNotFound);
    }

    [Fact]
    public async Task Document_refused_only_for_its_caller_is_stored()
    {
        var document = "# signed-in only\n{ me { id } }";

        var first = await app.Anonymous().SendAsync(HashAndTextPost(document));
        var second = await (await app.AsMenteeAsync()).SendAsync(HashOnlyPost(document));

        first.AssertRefused(401, ErrorCodes.Unauthenticated);
        Assert.Equal(JsonValueKind.String, second.EnsureNoErrors().At("me.id").ValueKind);
    }

    [Fact]
    public async Task Document_over_the_length_limit_is_refused_and_not_stored()
    {
        var document = Document("long " + new string('x', MaxDocumentLength));

        var first = await app.Anonymous().SendAsync(HashAndTextPost(document));
        var second = await app.Anonymous().SendAsync(HashOnlyPost(document));

        first.AssertRefused(413, ErrorCodes.DocumentTooLarge);
        second.AssertRefused(400, ErrorCodes.PersistedQueryNotFound);
    }

    [Fact]
    public async Task Stored_mutation_is_still_refused_over_GET()
    {
        var document = "# mutation\nmutation { updateProfile(input: { bio: \"Stored.\" }) { __typename } }";
        var mentee = await app.AsMenteeAsync();
        (await mentee.SendAsync(HashAndTextPost(document))).EnsureNoErrors();

        var response = await mentee.SendAsync(HashOnlyGet(document));

        response.AssertRefused(405, ErrorCodes.MethodNotAllowed);
    }

    [Fact]
    public async Task Store_keeps_at_most_its_bound_dropping_the_least_recently_used()
    {
        var documents = Enumerable.Range(0, MaxEntries + 1).Select(i => Document($"eviction {i}")).ToList();
        foreach (var document in documents.Take(MaxEntries))
        {
            (await app.Anonymous().SendAsync(HashAndTextPost(document))).EnsureNoErrors();
        }

        // The first is used again, so the second is now the least recently used, and the newest one pushes it out.
        (await app.Anonymous().SendAsync(HashOnlyPost(documents[0]))).EnsureNoErrors();
        (await app.Anonymous().SendAsync(HashAndTextPost(documents[MaxEntries]))).EnsureNoErrors();

        var found = new List<string?>();
        foreach (var document in documents)
        {
            var response = await app.Anonymous().SendAsync(HashOnlyPost(document));
            found.Add(response.ErrorCodes.Count > 0 ? response.ErrorCodes[0] : "found");
        }

        Assert.Equal(["found", ErrorCodes.PersistedQueryNotFound, "found", "found"], found);
    }

    [Fact]
    public async Task Batch_resolves_each_item_on_its_own()
    {
        var unknown = Document("batch unknown");
        var sent = Document("batch sent");
        var batch = $"[{Body(null, Hash(unknown))},{Body(sent, Hash(sent))}]";

        var response = await app.Anonymous().SendAsync(HttpRequests.Post(batch));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, response.Json.GetArrayLength());
        Assert.Equal(ErrorCodes.PersistedQueryNotFound, response.Json[0].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Query", response.Json[1].GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Not_found_is_200_for_clients_that_accept_only_application_json()
    {
        var response = await app.Anonymous().SendAsync(HashOnlyPost(Document("legacy"), accept: HttpRequests.Json));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal([ErrorCodes.PersistedQueryNotFound], response.ErrorCodes);
    }

    [Fact]
    public async Task Hash_alone_over_the_WebSocket_runs_a_document_stored_over_HTTP()
    {
        var document = Document("socket");
        await app.Anonymous().SendAsync(HashAndTextPost(document));
        await using var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        var id = socket.NewId();
        await socket.SendAsync(new { id, type = "subscribe", payload = new { extensions = ExtensionsObject(Hash(document)) } });
        var results = await socket.ReceiveUntilCompleteAsync(id);

        Assert.Equal("Query", Assert.Single(results).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Unknown_hash_alone_over_the_WebSocket_is_an_error_message_PERSISTED_QUERY_NOT_FOUND()
    {
        var document = Document("socket unknown");
        await using var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await socket.SendAsync(new { id = "apq", type = "subscribe", payload = new { extensions = ExtensionsObject(Hash(document)) } });
        var error = await socket.ReceiveAsync("error");

        Assert.Equal("apq", error.GetProperty("id").GetString());
        Assert.Equal(ErrorCodes.PersistedQueryNotFound, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    internal static string Hash(string document) => AutomaticPersistedQueries.HashOf(document);

    private static string Document(string name) => $"# {name}\n{{ __typename }}";

    private static object ExtensionsObject(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string Extensions(string hash) => JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } });

    private static string Body(string? document, string hash) =>
        document is null ? $$$"""{"extensions":{{{Extensions(hash)}}}}""" : JsonSerializer.Serialize(new { query = document, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });

    private static HttpRequestMessage HashAndTextPost(string document) => HttpRequests.Post(Body(document, Hash(document)));

    private static HttpRequestMessage HashOnlyPost(string document, string accept = HttpRequests.GraphQLResponse) =>
        HttpRequests.Post(Body(null, Hash(document)), accept: accept);

    /// <summary>A GET as Apollo's link sends it with <c>useGETForHashedQueries</c>: no document, no preflight header.</summary>
    private static HttpRequestMessage HashOnlyGet(string document)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(Extensions(Hash(document))));
        request.Headers.TryAddWithoutValidation("Accept", HttpRequests.GraphQLResponse);
        return request;
    }
}
