using System.Reflection;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema;
using Mentorship.GraphQL.Transport;
using Mentorship.GraphQL.Transport.Errors;
using Mentorship.GraphQL.Transport.Limits;

namespace Mentorship.GraphQL.Hosting;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The schema and its execution pipeline: the one place it is built, for the server and every test.
    /// Feature parts are found by convention: <see cref="IQueryFields"/>, <see cref="IMutationFields"/> and
    /// <see cref="ISubscriptionFields"/> implementations, and classes under <c>Features</c> named
    /// <c>…Service</c> or <c>…Loader</c> (scoped, one per operation).
    /// </summary>
    public static WebApplicationBuilder AddMentorshipGraphQL(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var assembly = typeof(MentorshipSchema).Assembly;
        AddFeatureParts(services, assembly);
        services.AddOptions<GraphQLLimits>().BindConfiguration(GraphQLLimits.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<MentorshipSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(assembly)
            // One DbContext serves each operation, so query fields resolve one at a time; loaders still batch per level.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            // A subscription's events may be processed concurrently: each gets a scope of its own, resolved serially.
            .AddScopedSubscriptionExecutionStrategy()
            // Code generators may ask for `isRepeatable`. Deprecated arguments stay off: clients that see them also send
            // `__Directive.args(includeDeprecated:)`, which GraphQL.NET 8 lacks, and their introspection would fail.
            .ConfigureSchema(schema => schema.Features.RepeatableDirectives = true)
            .AddMentorshipLimits()
            // Authorization depends on the caller, so it runs for cached documents too.
            .AddValidationRule<AuthorizationValidationRule>(useForCachedDocuments: true)
            .AddErrorInfoProvider(new CodedErrorInfoProvider(exposeDetails: builder.Environment.IsDevelopment())));

        services.AddScoped<GraphQLExecutor>();
        return builder;
    }

    private static void AddFeatureParts(IServiceCollection services, Assembly assembly)
    {
        var featureNamespace = typeof(MentorshipSchema).Namespace!.Replace(".Schema", ".Features", StringComparison.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in new[] { typeof(IQueryFields), typeof(IMutationFields), typeof(ISubscriptionFields) })
            {
                if (contract.IsAssignableFrom(type))
                {
                    services.AddSingleton(contract, type);
                }
            }

            var isFeatureService = type.Namespace?.StartsWith(featureNamespace, StringComparison.Ordinal) == true
                && (type.Name.EndsWith("Service", StringComparison.Ordinal) || type.Name.EndsWith("Loader", StringComparison.Ordinal));
            if (isFeatureService)
            {
                services.AddScoped(type);
            }
        }
    }
}
