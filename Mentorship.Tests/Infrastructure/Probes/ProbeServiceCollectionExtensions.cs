using GraphQL.DI;
using Mentorship.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Infrastructure.Probes;

public static class ProbeServiceCollectionExtensions
{
    /// <summary>
    /// The probe fields, through the same <see cref="IQueryFields"/>, <see cref="IMutationFields"/> and
    /// <see cref="ISubscriptionFields"/> contracts as the features, with the state they share and the guard rule.
    /// </summary>
    public static IServiceCollection AddProbeFields(this IServiceCollection services) => services
        .AddSingleton<ProbeLog>()
        .AddSingleton<SignalHub>()
        .AddSingleton<IQueryFields, ProbeQueryFields>()
        .AddSingleton<IMutationFields, ProbeMutationFields>()
        .AddSingleton<ISubscriptionFields, ProbeSubscriptionFields>()
        .AddSingleton<IConfigureExecution, ProbeGuardConfiguration>();
}
