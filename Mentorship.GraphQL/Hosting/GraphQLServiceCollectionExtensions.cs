using System.Reflection;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Auth.Credentials;
using Mentorship.GraphQL.Execution;
using Mentorship.GraphQL.Execution.Errors;
using Mentorship.GraphQL.Execution.Limits;
using Mentorship.GraphQL.Realtime;
using Mentorship.GraphQL.Schema;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Hosting;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The schema and its execution pipeline: the one place it is built, for the server and every test.
    /// Feature parts are found by convention: root fields as the static methods of <c>…Queries</c>,
    /// <c>…Mutations</c> and <c>…Subscriptions</c> classes (see <see cref="Schema.RootFields.FeatureRootFields"/>),
    /// <see cref="ITypeExtension{TGraphType}"/> implementations, <see cref="IEventSubjectLoader"/>s, and classes under <c>Features</c> named
    /// <c>…Service</c> or <c>…Loader</c> (scoped, one per operation). Hosts may add root fields by hand through
    /// <see cref="IQueryFields"/>, <see cref="IMutationFields"/> and <see cref="ISubscriptionFields"/> services.
    /// </summary>
    public static WebApplicationBuilder AddMentorshipGraphQL(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var assembly = typeof(MentorshipSchema).Assembly;
        AddFeatureParts(services, assembly);
        var isDevelopment = builder.Environment.IsDevelopment();
        services.AddOptions<GraphQLLimits>()
            // What a stranger may learn of the schema: everything while developing, only what configuration allows elsewhere.
            .Configure(limits => limits.EnableIntrospection = limits.EnableFieldSuggestions = isDevelopment)
            .BindConfiguration(GraphQLLimits.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Descriptions of types, fields and arguments declared as records and methods come from their XML comments.
        GlobalSwitches.EnableReadDescriptionFromXmlDocumentation = true;
        services.AddTransient(typeof(ErrorType<>));

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<MentorshipSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(assembly)
            // Entities map to their object types (a method returning User is a User field); input records map to
            // input types generated from them, unless a hand-written input type claims the record.
            .AddClrTypeMappings(assembly)
            .AddAutoClrMappings(mapInputTypes: true, mapOutputTypes: false)
            // One DbContext serves each operation, so query fields resolve one at a time; loaders still batch per level.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            // A subscription's events may be processed concurrently: each gets a scope of its own, resolved serially.
            .AddScopedSubscriptionExecutionStrategy()
            // Code generators may ask for `isRepeatable`. Deprecated arguments stay off: clients that see them also send
            // `__Directive.args(includeDeprecated:)`, which GraphQL.NET 8 lacks, and their introspection would fail.
            .ConfigureSchema(schema => schema.Features.RepeatableDirectives = true)
            .AddMentorshipLimits()
            // A repeated document is neither parsed nor validated again; rules that depend on the request still run.
            .ConfigureExecution(services => services.GetRequiredService<DocumentCache>())
            // Authorization depends on the caller, so it runs for cached documents too.
            .AddValidationRule<AuthorizationValidationRule>(useForCachedDocuments: true)
            // Credential checks are counted per request and per client address, so this runs for cached documents too.
            .AddValidationRule<CredentialCheckRule>(useForCachedDocuments: true)
            .AddErrorInfoProvider(provider => new CodedErrorInfoProvider(
                exposeDetails: isDevelopment,
                suggestNames: provider.GetRequiredService<IOptions<GraphQLLimits>>().Value.EnableFieldSuggestions)));

        services.AddSingleton<DocumentCache>();
        services.AddScoped<GraphQLExecutor>();
        return builder;
    }

    private static void AddFeatureParts(IServiceCollection services, Assembly assembly)
    {
        var featureNamespace = typeof(MentorshipSchema).Namespace!.Replace(".Schema", ".Features", StringComparison.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var extension in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypeExtension<>)))
            {
                services.AddSingleton(extension, type);
            }

            var isFeatureService = type.Namespace?.StartsWith(featureNamespace, StringComparison.Ordinal) == true
                && (type.Name.EndsWith("Service", StringComparison.Ordinal) || type.Name.EndsWith("Loader", StringComparison.Ordinal));
            if (isFeatureService)
            {
                services.AddScoped(type);
            }

            if (type.IsAssignableTo(typeof(IEventSubjectLoader)))
            {
                services.AddScoped(typeof(IEventSubjectLoader), type);
            }
        }
    }
}
