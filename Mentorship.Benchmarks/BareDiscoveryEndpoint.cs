using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mentorship.Benchmarks;

/// <summary>
/// The yardstick for discovery: Kestrel and Npgsql with no GraphQL, no EF Core and no auth, answering every POST with the
/// JSON the server gives for the client's <c>Mentors</c> operation (first 20, by rating, MentorCard, <c>totalCount</c>):
/// the same rows, order, cursors and shape. Its SQL is what a careful hand-written handler sends: the page and the count
/// in one batch on one connection.
/// </summary>
internal sealed class BareDiscoveryEndpoint : IAsyncDisposable
{
    private const int PageSize = 20;

    private const string PageSql = """
        SELECT u.id, p.display_name, p.bio, p.skills, p.time_zone, p.rating_average, p.rating_count
        FROM users u JOIN profiles p ON p.user_id = u.id
        WHERE u.role = 'Mentor' AND u.is_active
        ORDER BY COALESCE(p.rating_average, 0) DESC, p.rating_count DESC, p.display_name, u.id
        LIMIT $1
        """;

    private const string CountSql = "SELECT count(*) FROM users u WHERE u.role = 'Mentor' AND u.is_active";

    private readonly WebApplication app;
    private readonly NpgsqlDataSource dataSource;

    private BareDiscoveryEndpoint(WebApplication app, NpgsqlDataSource dataSource, Uri uri)
    {
        this.app = app;
        this.dataSource = dataSource;
        Uri = uri;
    }

    public Uri Uri { get; }

    public static async Task<BareDiscoveryEndpoint> StartAsync(string connectionString)
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var app = builder.Build();
        app.MapPost("/graphql", async context =>
        {
            // The request is read as a server would read it, and then answered the same way whatever it asked.
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await WriteMentorsAsync(dataSource, context.Response.Body, context.RequestAborted);
        });
        await app.StartAsync();
        return new BareDiscoveryEndpoint(app, dataSource, new Uri($"http://127.0.0.1:{port}/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    private static async Task WriteMentorsAsync(NpgsqlDataSource dataSource, Stream body, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands = { new NpgsqlBatchCommand(PageSql) { Parameters = { new NpgsqlParameter { Value = PageSize + 1 } } }, new NpgsqlBatchCommand(CountSql) },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(Guid Id, string Name, string? Bio, string[] Skills, string? TimeZone, double? Average, int Count)>(PageSize + 1);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((
                reader.GetGuid(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetFieldValue<string[]>(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.GetInt32(6)));
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt64(0);

        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("mentors");
        json.WriteNumber("totalCount", total);
        var page = rows.Take(PageSize).ToList();
        json.WriteStartObject("pageInfo");
        json.WriteBoolean("hasNextPage", rows.Count > PageSize);
        if (page.Count > 0)
        {
            json.WriteString("endCursor", Cursor(page[^1]));
        }
        else
        {
            json.WriteNull("endCursor");
        }

        json.WriteEndObject();
        json.WriteStartArray("edges");
        foreach (var row in page)
        {
            json.WriteStartObject();
            json.WriteString("cursor", Cursor(row));
            json.WriteStartObject("node");
            json.WriteString("id", row.Id);
            json.WriteString("role", "MENTOR");
            json.WriteStartObject("profile");
            json.WriteString("displayName", row.Name);
            json.WriteString("bio", row.Bio);
            json.WriteStartArray("skills");
            foreach (var skill in row.Skills)
            {
                json.WriteStringValue(skill);
            }

            json.WriteEndArray();
            json.WriteString("timeZone", row.TimeZone);
            json.WriteEndObject();
            json.WriteStartObject("rating");
            if (row.Average is { } average)
            {
                json.WriteNumber("average", average);
            }
            else
            {
                json.WriteNull("average");
            }

            json.WriteNumber("count", row.Count);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);

        // The server's cursor: base64url JSON of the order's name and the row's sort key values.
        static string Cursor((Guid Id, string Name, string? Bio, string[] Skills, string? TimeZone, double? Average, int Count) row) =>
            Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["o"] = "mentors:rating",
                ["k"] = new object[] { row.Average ?? 0.0, row.Count, row.Name, row.Id },
            }));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
