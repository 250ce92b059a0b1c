using Mentorship.Data;
using Mentorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>The server with a database a test can take down.</summary>
public sealed class DatabaseOutageApp : MentorshipApp
{
    public DatabaseOutage Outage { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<MentorshipDbContext>(options => options.AddInterceptors(Outage)));
    }
}
