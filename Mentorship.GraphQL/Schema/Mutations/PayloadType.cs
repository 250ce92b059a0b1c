using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.Mutations;

/// <summary>
/// A mutation's payload, <c>&lt;Mutation&gt;Payload</c>, generated from its method: the value's field (named by
/// <see cref="PayloadFieldAttribute"/>) or the value record's properties as fields, and <c>errors</c>, the
/// union of the error types the method lists.
/// </summary>
[DoNotRegister]
public sealed class PayloadType : ObjectGraphType<IPayload>
{
    public PayloadType(string mutationName, MethodInfo method, Type valueType)
    {
        Name = $"{char.ToUpperInvariant(mutationName[0])}{mutationName[1..]}Payload";
        Description = $"The result of `{mutationName}`.";

        var errorTypes = method.GetCustomAttributes<ErrorAttribute>().Select(e => e.ErrorType).ToList();
        if (errorTypes.Count == 0)
        {
            throw new InvalidOperationException($"The mutation {method.DeclaringType?.Name}.{method.Name} lists no [Error<…>] types.");
        }

        AddField(new FieldType
        {
            Name = "errors",
            Description = "Why nothing changed; null on success.",
            ResolvedType = new ListGraphType(new NonNullGraphType(new ErrorUnionType(mutationName, errorTypes))),
            Resolver = new FuncFieldResolver<IPayload, object?>(c => c.Source.Errors),
        });

        if (method.GetCustomAttribute<PayloadFieldAttribute>() is { } valueField)
        {
            AddField(new FieldType
            {
                Name = valueField.Name,
                Description = XmlComments.Returns(method),
                Type = OutputTypeOf(valueType),
                Resolver = new FuncFieldResolver<IPayload, object?>(c => c.Source.Value),
            });
            return;
        }

        foreach (var property in valueType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            AddField(new FieldType
            {
                Name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..],
                Description = XmlComments.Summary(property),
                Type = OutputTypeOf(property.PropertyType),
                Resolver = new FuncFieldResolver<IPayload, object?>(c => c.Source.Value is { } value ? property.GetValue(value) : null),
            });
        }
    }

    /// <summary>
    /// The graph type a payload field of this CLR type has: the type mapped to it, nullable because a refused
    /// mutation has no value, except for plain value types, which keep their default.
    /// </summary>
    private static Type OutputTypeOf(Type clrType)
    {
        var reference = typeof(GraphQLClrOutputTypeReference<>).MakeGenericType(Nullable.GetUnderlyingType(clrType) ?? clrType);
        return clrType.IsValueType && Nullable.GetUnderlyingType(clrType) is null
            ? typeof(NonNullGraphType<>).MakeGenericType(reference)
            : reference;
    }
}
