using System.Reflection;
using GraphQL.Types;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Schema.RootFields;

/// <summary>
/// The root fields a feature declares as the public static methods of its <c>…Queries</c>, <c>…Mutations</c> or
/// <c>…Subscriptions</c> class: each method is a field named after it (without <c>Async</c>), described by its XML
/// comments, guarded by its <c>[Authorize]</c> / <c>[AllowAnonymous]</c> attributes, with services injected by
/// <c>[FromServices]</c>. A method returning <see cref="Payload{T}"/> gets the mutation conventions: its
/// <c>…Payload</c> type with the <c>…Error</c> union of the types its <see cref="ErrorAttribute{TError}"/> list.
/// The root types copy these fields; this type itself never enters the schema.
/// </summary>
public sealed class RootFieldsType<TFields> : AutoRegisteringObjectGraphType<TFields>
{
    protected override IEnumerable<MemberInfo> GetRegisteredMembers() =>
        typeof(TFields).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);

    protected override FieldType? CreateField(MemberInfo memberInfo)
    {
        var field = base.CreateField(memberInfo);
        if (field is null || memberInfo is not MethodInfo method)
        {
            return field;
        }

        foreach (var page in method.GetParameters().Select(p => p.GetCustomAttribute<PageAttribute>()).OfType<PageAttribute>())
        {
            page.AddArguments(field);
        }

        if (PayloadValueType(method.ReturnType) is { } valueType)
        {
            field.Type = null;
            field.ResolvedType = new NonNullGraphType(new PayloadType(char.ToLowerInvariant(field.Name[0]) + field.Name[1..], method, valueType));
        }

        return field;
    }

    /// <summary>The <c>T</c> of a method returning <c>Payload&lt;T&gt;</c> or a task of it; null for other methods.</summary>
    private static Type? PayloadValueType(Type returnType)
    {
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Task<>) || definition == typeof(ValueTask<>)))
        {
            returnType = returnType.GetGenericArguments()[0];
        }

        return returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Payload<>)
            ? returnType.GetGenericArguments()[0]
            : null;
    }
}
