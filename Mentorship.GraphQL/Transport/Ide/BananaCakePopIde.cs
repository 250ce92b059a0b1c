using System.Text.Json;
using Mentorship.GraphQL.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Transport.Ide;

/// <summary>
/// Serves Banana Cake Pop from its installed npm package. Its <c>index.html</c> loads its files by relative paths
/// (<c>static/js/…</c>), so the page lives at <c>/graphql/</c> (a browser asking for <c>/graphql</c> is redirected
/// there) and the files under it; <c>/graphql/</c> stays the GraphQL endpoint for everything but page navigation. A
/// generated <c>bcp-config.json</c> points the IDE at this server for HTTP and WebSocket and turns its telemetry off.
/// </summary>
public sealed class BananaCakePopIde(IOptions<IdeOptions> options, IHostEnvironment environment, LocalDataDirectory localData)
{
    public const string ConfigFile = "bcp-config.json";

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    public bool IsEnabled => options.Value.Enabled ?? environment.IsDevelopment();

    public string PackagePath => options.Value.Path
        ?? Path.Combine(localData.Path, "ide", "node_modules", "@chillicream", "bananacakepop-graphql-ide");

    /// <summary>The page itself, for a browser's <c>GET /graphql</c> or <c>GET /graphql/</c>.</summary>
    public async Task ServePageAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!IsEnabled)
        {
            await NotFoundAsync(http, $"The GraphQL IDE is turned off on this server (Ide:Enabled). Send GraphQL requests to {GraphQLHttpEndpoint.Path} with POST and 'Content-Type: application/json'.");
            return;
        }

        if (!http.Request.Path.Value!.EndsWith('/'))
        {
            // Only from /graphql/ do the page's relative file paths resolve under /graphql/.
            http.Response.Redirect($"{http.Request.PathBase}{GraphQLHttpEndpoint.Path}/{http.Request.QueryString}");
            return;
        }

        await ServeFileAsync(http, "index.html");
    }

    /// <summary>One of the IDE's files, or its generated configuration.</summary>
    public async Task ServeFileAsync(HttpContext http, string file)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!IsEnabled)
        {
            await NotFoundAsync(http, "Not found.");
            return;
        }

        if (!File.Exists(Path.Combine(PackagePath, "index.html")))
        {
            await NotFoundAsync(http,
                $"Banana Cake Pop is not installed in '{PackagePath}'. Start the server with ./mentorship run, which installs it, " +
                "or set Ide__Path to the folder of the npm package @chillicream/bananacakepop-graphql-ide.");
            return;
        }

        if (file == ConfigFile)
        {
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.WriteAsJsonAsync(Configuration(http.Request.PathBase), http.RequestAborted);
            return;
        }

        using var files = new PhysicalFileProvider(PackagePath, ExclusionFilters.Sensitive);
        var info = files.GetFileInfo(file);
        if (!info.Exists || info.IsDirectory)
        {
            await NotFoundAsync(http, "Not found.");
            return;
        }

        http.Response.ContentType = ContentTypes.TryGetContentType(file, out var contentType) ? contentType : "application/octet-stream";
        // Files under static/ carry a content hash in their names; the rest (index.html, the service worker) must be revalidated.
        http.Response.Headers.CacheControl = file.StartsWith("static/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        await http.Response.SendFileAsync(info, http.RequestAborted);
    }

    private static Dictionary<string, object> Configuration(PathString pathBase)
    {
        var endpoint = $"{pathBase}{GraphQLHttpEndpoint.Path}";
        return new Dictionary<string, object>
        {
            ["useBrowserUrlAsEndpoint"] = true,
            ["endpoint"] = endpoint,
            ["subscriptionEndpoint"] = endpoint,
            ["disableTelemetry"] = true,
        };
    }

    private static Task NotFoundAsync(HttpContext http, string message)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(message, http.RequestAborted);
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }
}
