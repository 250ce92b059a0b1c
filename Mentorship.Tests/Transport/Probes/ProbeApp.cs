using GraphQL.DI;
using Mentorship.GraphQL.Schema;
using Mentorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Transport.Probes;

/// <summary>The real server plus test-only probe fields (failing, hanging, recording) and a guard rule.</summary>
public class ProbeApp : MentorshipApp
{
    public ProbeLog Log => Services.GetRequiredService<ProbeLog>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ProbeLog>();
            services.AddSingleton<IQueryFields, ProbeQueryFields>();
            services.AddSingleton<IMutationFields, ProbeMutationFields>();
            services.AddSingleton<ISubscriptionFields, ProbeSubscriptionFields>();
            services.AddSingleton<IConfigureExecution, ProbeGuardConfiguration>();
        });
    }
}
