using System.ComponentModel.DataAnnotations;

namespace Mentorship.GraphQL.Observability;

/// <summary>The Prometheus scraping endpoint, bound from <c>Observability:Prometheus</c>. Off unless enabled.</summary>
public sealed class PrometheusOptions
{
    public const string Section = "Observability:Prometheus";

    /// <summary>Whether the server answers Prometheus scrapes at <see cref="Path"/>.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where scrapes are answered.</summary>
    [RegularExpression("^/.*", ErrorMessage = "Observability:Prometheus:Path must start with '/'.")]
    public string Path { get; set; } = "/metrics";

    /// <summary>
    /// When set, scrapes are answered only on connections to this local port, which the server must also listen on
    /// (say <c>ASPNETCORE_URLS=http://+:8080;http://+:9464</c>), so the metrics can stay off the public port.
    /// </summary>
    [Range(1, 65535)]
    public int? Port { get; set; }
}
