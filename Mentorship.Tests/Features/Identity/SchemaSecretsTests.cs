using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Identity;

public sealed class SchemaSecretsTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task No_output_field_of_any_type_is_named_like_a_password_or_hash()
    {
        var response = await app.Anonymous().ExecuteAsync("{ __schema { types { name fields(includeDeprecated: true) { name } } } }");

        var outputFields = response.EnsureNoErrors().At("__schema.types").EnumerateArray()
            .Where(t => t.GetProperty("fields").ValueKind == System.Text.Json.JsonValueKind.Array)
            .SelectMany(t => t.GetProperty("fields").EnumerateArray().Select(f => $"{t.GetProperty("name").GetString()}.{f.GetProperty("name").GetString()}"))
            .ToList();
        Assert.Contains("User.email", outputFields);
        Assert.DoesNotContain(outputFields, f =>
            f.Contains("password", StringComparison.OrdinalIgnoreCase)
            || f.Contains("hash", StringComparison.OrdinalIgnoreCase)
            || f.Contains("securityStamp", StringComparison.OrdinalIgnoreCase));
    }
}
