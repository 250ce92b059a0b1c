using GraphQL.Types;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests;

public sealed class SchemaDescriptionTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public void Every_type_field_argument_input_field_and_enum_value_has_a_description()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t)))
        {
            Check(type.Name, type.Description);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check($"{type.Name}.{field.Name}", field.Description);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check($"{type.Name}.{field.Name}({argument.Name})", argument.Description);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check($"{type.Name}.{value.Name}", value.Description);
                }
            }
        }

        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));

        void Check(string what, string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(what);
            }
        }
    }

    [Fact]
    public void Every_error_type_description_names_its_code()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var errorTypes = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(type => type.ResolvedInterfaces.Any(i => i.Name == "Error"))
            .ToList();

        Assert.NotEmpty(errorTypes);
        Assert.All(errorTypes, type =>
        {
            var recordType = type.GetType().GetGenericArguments().Single();
            var code = ErrorCodeAttribute.Of(recordType);
            Assert.True(
                type.Description?.EndsWith($"Code `{code}`.", StringComparison.Ordinal) == true,
                $"{type.Name}'s description does not end by naming its code {code}: {type.Description}");
        });
    }

    private static bool IsBuiltInScalar(IGraphType type) =>
        type is StringGraphType or IntGraphType or FloatGraphType or BooleanGraphType or IdGraphType;
}
