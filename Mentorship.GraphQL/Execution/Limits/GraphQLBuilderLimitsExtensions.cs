using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Execution.Limits;

public static class GraphQLBuilderLimitsExtensions
{
    /// <summary>
    /// Document length, depth, cost, timeout and the introspection switch, as configured in <see cref="GraphQLLimits"/>
    /// (bind the section first).
    /// </summary>
    public static IGraphQLBuilder AddMentorshipLimits(this IGraphQLBuilder builder) => builder
        .ConfigureExecution<ExecutionLimits>()
        .AddValidationRule<IntrospectionListDepthRule>()
        .AddComplexityAnalyzer((options, services) => ComplexityCosts.Configure(options, services.GetRequiredService<IOptions<GraphQLLimits>>().Value));
}
