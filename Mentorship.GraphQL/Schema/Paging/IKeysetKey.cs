using System.Linq.Expressions;
using System.Text.Json;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>A sort key of a <see cref="Keyset{T}"/>, whatever its type.</summary>
internal interface IKeysetKey<T>
{
    /// <remarks><paramref name="backward"/> walks the key against its direction, for pages read from their end.</remarks>
    IOrderedQueryable<T> OrderFirst(IQueryable<T> source, bool backward);

    IOrderedQueryable<T> OrderNext(IOrderedQueryable<T> source, bool backward);

    /// <summary>Writes the key's value of <paramref name="item"/> to a cursor, as <see cref="Value"/> reads it back.</summary>
    void WriteValue(Utf8JsonWriter json, T item);

    /// <summary>The key's value in a cursor, checked; <paramref name="argument"/> names the cursor's argument in errors.</summary>
    Expression Value(JsonElement value, string argument);

    Expression Equal(ParameterExpression item, Expression value);

    Expression Beyond(ParameterExpression item, Expression value, bool backward);

    Expression AtOrBeyond(ParameterExpression item, Expression value, bool backward);
}
