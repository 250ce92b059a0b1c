using System.Linq.Expressions;
using System.Text.Json;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>A sort key of a <see cref="Keyset{T}"/>, whatever its type.</summary>
internal interface IKeysetKey<T>
{
    IOrderedQueryable<T> OrderFirst(IQueryable<T> source);

    IOrderedQueryable<T> OrderNext(IOrderedQueryable<T> source);

    object? ValueOf(T item);

    Expression Equal(ParameterExpression item, JsonElement value);

    Expression Beyond(ParameterExpression item, JsonElement value);

    Expression AtOrBeyond(ParameterExpression item, JsonElement value);
}
