using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Infrastructure.Probes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Transport.Probes;

/// <summary>The real server plus the test-only probe fields and their guard rule.</summary>
public class ProbeApp : MentorshipApp
{
    public ProbeLog Log => Services.GetRequiredService<ProbeLog>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddProbeFields());
    }
}
