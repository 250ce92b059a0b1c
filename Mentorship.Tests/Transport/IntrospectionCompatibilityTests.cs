using System.Net;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

/// <summary>The default limits let through the introspection the IDE and code generators really send.</summary>
public sealed class IntrospectionCompatibilityTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Theory]
    [InlineData("banana-cake-pop.graphql")]
    [InlineData("graphql-js-default.graphql")]
    [InlineData("graphql-js-repeatable.graphql")]
    public async Task Full_introspection_query_of_a_common_tool_passes_the_default_limits(string file)
    {
        var response = await app.Anonymous().ExecuteAsync(Document(file));

        response.EnsureNoErrors();
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.StringAt("__schema.queryType.name"));
        Assert.Contains(response.At("__schema.types").EnumerateArray(), type => type.GetProperty("name").GetString() == "User");
    }

    [Theory]
    [InlineData("DetectDirectiveCapabilities", "__Directive", "locations")]
    [InlineData("DetectInputValueCapabilities", null, "defaultValue")]
    [InlineData("DetectSchemaCapabilities", "__Schema", "subscriptionType")]
    [InlineData("DetectTypeCapabilities", "__Type", "isOneOf")]
    public async Task Banana_Cake_Pop_capability_probes_pass_and_find_the_fields_it_uses(string operation, string? typeName, string field)
    {
        var response = await app.Anonymous().ExecuteAsync(Document("banana-cake-pop-capabilities.graphql"), operationName: operation);

        response.EnsureNoErrors();
        if (typeName is not null)
        {
            Assert.Equal(typeName, response.StringAt("__type.name"));
        }

        Assert.Contains(response.At("__type.fields").EnumerateArray(), f => f.GetProperty("name").GetString() == field);
    }

    private static string Document(string file) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Mentorship.Tests", "Transport", "Introspection", file));
}
