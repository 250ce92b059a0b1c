using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Observability;

/// <summary>
/// Answers Prometheus scrapes at <see cref="PrometheusOptions.Path"/> (on <see cref="PrometheusOptions.Port"/> only, when
/// set), ahead of the rest of the pipeline: no CORS headers, so a page on another origin can never read the metrics.
/// </summary>
internal sealed class PrometheusEndpoint(IOptions<PrometheusOptions> options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var prometheus = options.Value;
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: http => http.Request.Path.Equals(prometheus.Path, StringComparison.OrdinalIgnoreCase)
                && (prometheus.Port is not { } port || http.Connection.LocalPort == port),
            path: null,
            configureBranchedPipeline: null,
            optionsName: null);
        next(app);
    };
}
