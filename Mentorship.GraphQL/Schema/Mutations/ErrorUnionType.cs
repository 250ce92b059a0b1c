using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Schema.Mutations;

/// <summary>The union of a mutation's error types, <c>&lt;Mutation&gt;Error</c>, generated from its <see cref="ErrorAttribute{TError}"/> list.</summary>
[DoNotRegister]
public sealed class ErrorUnionType : UnionGraphType
{
    public ErrorUnionType(string mutationName, IEnumerable<Type> errorTypes)
    {
        Name = $"{char.ToUpperInvariant(mutationName[0])}{mutationName[1..]}Error";
        Description = $"Why `{mutationName}` changed nothing.";
        foreach (var errorType in errorTypes)
        {
            Type(typeof(ErrorType<>).MakeGenericType(errorType));
        }
    }
}
