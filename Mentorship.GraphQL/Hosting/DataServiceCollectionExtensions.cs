using Mentorship.Data;
using Mentorship.GraphQL.Hosting.Demo;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;
using Npgsql;

namespace Mentorship.GraphQL.Hosting;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The DbContext on <c>ConnectionStrings:Mentorship</c>, pooled (a context is reset and reused rather than built per
    /// operation), the clock every rule reads, and the demo data seeder. EF Core interceptors registered as
    /// <see cref="IInterceptor"/> services join every context (tests count SQL that way).
    /// </summary>
    public static WebApplicationBuilder AddMentorshipData(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContextPool<MentorshipDbContext>((services, options) => options
            .UseMentorshipDatabase(WithServerDefaults(services.GetRequiredService<IConfiguration>().GetConnectionString("Mentorship")
                ?? throw new InvalidOperationException(
                    "No database is configured. Set ConnectionStrings__Mentorship, or start the server with ./mentorship run.")))
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DemoDataService>();
        return builder;
    }

    /// <summary>
    /// The connection string with the server's Npgsql defaults where the operator set nothing else: statements the server
    /// sends repeatedly are prepared on each pooled connection (<c>Max Auto Prepare</c>), so PostgreSQL parses and plans
    /// them once per connection instead of once per request; and a connection handed back to the pool is not reset
    /// (<c>No Reset On Close</c>), since the server never leaves session state behind, which saves PostgreSQL a
    /// <c>DISCARD ALL</c> per query.
    /// </summary>
    public static string WithServerDefaults(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = 128;
        }

        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        return settings.ConnectionString;
    }

    /// <summary>Whether the operator's connection string sets one of <paramref name="keywords"/> (spellings of one setting).</summary>
    private static bool Mentions(string connectionString, params string[] keywords)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return keywords.Any(given.ContainsKey);
    }
}
