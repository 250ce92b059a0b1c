using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests;

/// <summary>
/// The web client's generated code (e2e/codegen.ts): GraphQL Code Generator accepts the client's operations against
/// schema.graphql, the committed output under e2e/generated/ is what it makes today, and that output compiles under
/// <c>tsc --strict</c> with code that uses it (e2e/typed-usage.ts). A schema change that breaks the client fails here.
/// </summary>
public sealed class ClientCodegenTests
{
    [Fact]
    public async Task Committed_client_code_is_what_codegen_makes_from_the_schema_and_the_client_operations()
    {
        await using var script = NodeScript.Start("codegen-check.mjs");

        var output = await script.ReadToEndAsync();
        var (exitCode, error) = await script.WaitForExitAsync();

        Assert.True(exitCode == 0, $"codegen failed ({exitCode}): {error}");
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            ["generated/graphql.ts", "generated/possible-types.js"],
            report.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        var stale = report.GetProperty("stale").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.True(
            stale.Count == 0,
            $"e2e/{string.Join(", e2e/", stale)} differ from what e2e/codegen.ts generates: run `./mentorship schema` " +
            "(or `npm run codegen --prefix e2e`), review the diff and commit it.");
    }

    [Fact]
    public async Task Generated_operations_and_their_typed_use_pass_tsc_strict()
    {
        await using var tsc = NodeScript.Start(Path.Combine("node_modules", "typescript", "bin", "tsc"), "-p", "e2e");

        var output = await tsc.ReadToEndAsync();
        var (exitCode, error) = await tsc.WaitForExitAsync();

        Assert.True(exitCode == 0, $"tsc --strict found errors ({exitCode}):\n{output}{error}");
        Assert.Equal("", output.Trim());
    }
}
