using Mentorship.Data;
using Mentorship.GraphQL.Hosting.Demo;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.GraphQL.Hosting;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The DbContext on <c>ConnectionStrings:Mentorship</c>, the clock every rule reads, and the demo data seeder. EF Core
    /// interceptors registered as <see cref="IInterceptor"/> services join every context (tests count SQL that way).
    /// </summary>
    public static WebApplicationBuilder AddMentorshipData(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContext<MentorshipDbContext>((services, options) => options
            .UseMentorshipDatabase(services.GetRequiredService<IConfiguration>().GetConnectionString("Mentorship")
                ?? throw new InvalidOperationException(
                    "No database is configured. Set ConnectionStrings__Mentorship, or start the server with ./mentorship run."))
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DemoDataService>();
        return builder;
    }
}
