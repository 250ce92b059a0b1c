using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Mentorship.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests;

public sealed class SchemaTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string UpdateVariable = "MENTORSHIP_UPDATE_SCHEMA";

    [Fact]
    public void Printed_schema_matches_the_committed_schema_graphql()
    {
        var printed = app.Services.GetRequiredService<ISchema>()
            .Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
        var file = Path.Combine(RepositoryRoot.Path, "schema.graphql");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(file, printed);
        }

        var committed = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            committed == printed,
            $"schema.graphql differs from the server's schema. If the change is intended, run `./mentorship schema` " +
            $"(or the tests with {UpdateVariable}=1), review the diff and commit schema.graphql.");
    }
}
