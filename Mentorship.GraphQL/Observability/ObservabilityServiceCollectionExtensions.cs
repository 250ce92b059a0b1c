using Mentorship.GraphQL.Execution.Limits;
using Mentorship.GraphQL.Transport.WebSockets;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Mentorship.GraphQL.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry setting that turns on the OTLP exporter for traces, metrics and logs.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// What an operator watches and how the server stops:
    /// <list type="bullet">
    /// <item>OpenTelemetry: the span per GraphQL operation (<see cref="MentorshipTelemetry"/>) with ASP.NET Core and Npgsql
    /// spans around and under it; the server's metrics (<see cref="MentorshipMetrics"/>) with ASP.NET Core, Npgsql and
    /// runtime metrics. Nothing is exported unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (OTLP: traces, metrics and
    /// logs) or <c>Observability:Prometheus:Enabled</c> is (a scraping endpoint, metrics only).</item>
    /// <item>The log line per operation (<see cref="GraphQLOperationTelemetry"/>); JSON console output is the framework's
    /// <c>Logging:Console:FormatterName=json</c>.</item>
    /// <item>Graceful shutdown: an optional drain delay (<see cref="ShutdownOptions"/>), and a shutdown timeout long enough
    /// for in-flight operations to finish within their execution timeout.</item>
    /// </list>
    /// </summary>
    public static WebApplicationBuilder AddMentorshipObservability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<MentorshipMetrics>();
        services.AddSingleton<GraphQLOperationTelemetry>();
        services.AddOptions<PrometheusOptions>().BindConfiguration(PrometheusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        AddOpenTelemetry(builder);
        AddGracefulShutdown(services);
        return builder;
    }

    private static void AddOpenTelemetry(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;

        var prometheusOptions = configuration.GetSection(PrometheusOptions.Section).Get<PrometheusOptions>() ?? new PrometheusOptions();

        // What to trace, for whichever tracer provider is built: the exporter's below, or a test's.
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(MentorshipTelemetry.ActivitySourceName)
            .AddAspNetCoreInstrumentation(aspNetCore =>
                aspNetCore.Filter = http => !IsOperationalEndpoint(http.Request.Path, prometheusOptions.Path))
            .AddNpgsql());

        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var prometheus = prometheusOptions.Enabled;
        if (!otlp && !prometheus)
        {
            return;
        }

        var openTelemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "mentorship-graphql"))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(MentorshipTelemetry.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation();
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            // Traces, metrics and logs; the endpoint, protocol and headers come from the standard OTEL_EXPORTER_OTLP_* settings.
            openTelemetry.UseOtlpExporter();
        }

        if (prometheus)
        {
            services.AddTransient<IStartupFilter, PrometheusEndpoint>();
        }
    }

    private static void AddGracefulShutdown(IServiceCollection services)
    {
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section)
            .Validate(o => o.DrainDelay >= TimeSpan.Zero, "Shutdown:DrainDelay must be zero or positive.")
            .ValidateOnStart();
        services.AddHostedService<ShutdownDrain>();

        // In-flight operations end within the execution timeout (and sockets within the close handshake), so the host
        // waits at least that long, after the drain delay, before it cuts them off.
        services.AddOptions<HostOptions>()
            .PostConfigure<IOptions<ShutdownOptions>, IOptions<GraphQLLimits>, IOptions<GraphQLWebSocketOptions>>((host, shutdown, limits, sockets) =>
            {
                var needed = shutdown.Value.DrainDelay + limits.Value.ExecutionTimeout + sockets.Value.CloseHandshakeTimeout + TimeSpan.FromSeconds(5);
                if (host.ShutdownTimeout < needed)
                {
                    host.ShutdownTimeout = needed;
                }
            });
    }

    /// <summary>Health probes and scrapes: polled all the time, they would drown the traces worth reading.</summary>
    private static bool IsOperationalEndpoint(PathString path, string metricsPath) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.Equals(metricsPath, StringComparison.OrdinalIgnoreCase);
}
