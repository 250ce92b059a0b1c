using Microsoft.EntityFrameworkCore;

namespace Mentorship.Data;

/// <summary>The one place that says how the context talks to PostgreSQL, for the server, tests and design time.</summary>
public static class MentorshipDbContextOptions
{
    public static TBuilder UseMentorshipDatabase<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(MentorshipDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention();
        return options;
    }
}
