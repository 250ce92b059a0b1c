using System.ComponentModel.DataAnnotations;

namespace Mentorship.GraphQL.Execution.Limits;

/// <summary>
/// What one request may ask of the server, bound from the <c>GraphQL</c> configuration section. The defaults let
/// through every operation of the web client and the full introspection queries of Banana Cake Pop, GraphiQL and
/// GraphQL Code Generator; the tests hold them to that.
/// </summary>
public sealed class GraphQLLimits
{
    public const string Section = "GraphQL";

    /// <summary>The longest document accepted, in characters; longer ones are refused before parsing.</summary>
    [Range(1, int.MaxValue)]
    public int MaxDocumentLength { get; set; } = 32_000;

    /// <summary>
    /// The deepest selection nesting accepted. The standard introspection query (graphql-js 16, nine <c>ofType</c>
    /// levels under <c>fields.args.type</c>) is 15 deep, so less than that locks out the IDE and code generators.
    /// </summary>
    [Range(1, 1000)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The most fields an operation or fragment may select once its fragment spreads are expanded (each spread counts the
    /// fields of its fragment). Measured in one linear pass before any other check (see <see cref="SelectionShape"/>),
    /// so a document that reuses fragments exponentially is refused at once, and bounds the work of every later check.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxSelectedFields { get; set; } = 1_000;

    /// <summary>
    /// The most items any list in the request's input values may hold (variables and arguments alike), checked before
    /// anything works on the items; each field's own limit, usually smaller, is then checked by its rule.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxListItems { get; set; } = 1_000;

    /// <summary>The highest estimated cost accepted (see <see cref="ComplexityCosts"/> for how fields are priced).</summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 5_000;

    /// <summary>
    /// The cost of a field on a root type (<c>Query</c>, <c>Mutation</c>, <c>Subscription</c>) that declares none: each
    /// costs at least a database round trip, so many aliases of one root field are refused as too costly.
    /// </summary>
    [Range(0, double.MaxValue)]
    public double RootFieldImpact { get; set; } = 100;

    /// <summary>What one <c>__schema</c> or <c>__type</c> selection costs, whatever it selects inside.</summary>
    [Range(0, double.MaxValue)]
    public double IntrospectionImpact { get; set; } = 100;

    /// <summary>The cost of any other field returning an object.</summary>
    [Range(0, double.MaxValue)]
    public double DefaultObjectImpact { get; set; } = 1;

    /// <summary>The cost of a field returning a scalar or enum.</summary>
    [Range(0, double.MaxValue)]
    public double DefaultScalarImpact { get; set; } = 1;

    /// <summary>How many items a list field is assumed to return when no <c>first</c> argument says so.</summary>
    [Range(0, double.MaxValue)]
    public double DefaultListImpactMultiplier { get; set; } = 20;

    /// <summary>How long one operation may run before it is stopped and answered with <c>TIMEOUT</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be queried; <c>__typename</c> always may. On in Development, off
    /// elsewhere unless configured (see <see cref="Hosting.GraphQLServiceCollectionExtensions"/>).
    /// </summary>
    public bool EnableIntrospection { get; set; }

    /// <summary>
    /// Whether validation errors suggest names ("Did you mean 'email'?"), which tell a stranger what the schema holds
    /// even with introspection off. On in Development, off elsewhere unless configured.
    /// </summary>
    public bool EnableFieldSuggestions { get; set; }

    /// <summary>
    /// How many parsed and validated documents are kept for reuse (see <see cref="DocumentCache"/>); 0 parses and
    /// validates every request afresh.
    /// </summary>
    [Range(0, 1_000_000)]
    public int DocumentCacheEntries { get; set; } = 1_000;

    /// <summary>How many characters of document text the kept documents may hold together, which bounds their memory.</summary>
    [Range(0, int.MaxValue)]
    public int DocumentCacheCharacters { get; set; } = 4_000_000;

    /// <summary>The largest HTTP request body read, in bytes; larger ones are answered 413.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>The most operations one batched HTTP request (a JSON array) may carry.</summary>
    [Range(1, 1000)]
    public int MaxBatchSize { get; set; } = 10;
}
