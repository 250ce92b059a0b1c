using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Execution.Limits;

public static class GraphQLBuilderLimitsExtensions
{
    /// <summary>
    /// Document length, expanded size, depth, cost, input values, timeout and the introspection switch, as configured in
    /// <see cref="GraphQLLimits"/> (bind the section first).
    /// </summary>
    public static IGraphQLBuilder AddMentorshipLimits(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Register<IDocumentValidator, DocumentLimitsValidator>(global::GraphQL.DI.ServiceLifetime.Singleton, replace: true);
        // GraphQL.NET's complexity analyzer, registered by hand: its cost depends on `first`, which may come from the
        // variables, so it runs for cached documents too (see DocumentCache).
        builder.Services.Configure<ComplexityOptions>((options, services) =>
            ComplexityCosts.Configure(options, services.GetRequiredService<IOptions<GraphQLLimits>>().Value));
        return builder
            .ConfigureExecution<ExecutionLimits>()
            .AddValidationRule<IntrospectionListDepthRule>()
            .AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true);
    }
}
