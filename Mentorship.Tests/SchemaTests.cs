using GraphQL.Types;
using Mentorship.GraphQL.Schema;
using Mentorship.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Exceptions;
using Xunit.Sdk;

namespace Mentorship.Tests;

public sealed class SchemaTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string SchemaFile = "schema.graphql";
    private const string UpdateVariable = "MENTORSHIP_UPDATE_SCHEMA";

    [Fact]
    public void Printed_schema_matches_the_committed_schema_graphql()
    {
        var printed = SchemaDefinitionLanguage.Print(app.Services.GetRequiredService<ISchema>());
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryRoot.Path, SchemaFile), printed);
        }

        try
        {
            CommittedFileSnapshot.Match(printed, SchemaFile);
        }
        catch (Exception mismatch) when (mismatch is XunitException or SnapshotNotFoundException)
        {
            Assert.Fail(
                $"{SchemaFile} differs from the server's schema. If the change is intended, run `./mentorship schema` " +
                $"(or the tests with {UpdateVariable}=1), review the diff and commit {SchemaFile}.\n{mismatch.Message}");
        }
    }
}
