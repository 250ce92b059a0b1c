using System.Linq.Expressions;
using System.Text.Json;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>One sort key of a <see cref="Keyset{T}"/>: how to order by it, read it, and compare with a cursor's value.</summary>
internal sealed class KeysetKey<T, TKey> : IKeysetKey<T>
{
    private static readonly System.Reflection.MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private readonly Expression<Func<T, TKey>> selector;
    private readonly Func<T, TKey> read;
    private readonly bool descending;

    public KeysetKey(Expression<Func<T, TKey>> selector, bool descending)
    {
        this.selector = selector;
        this.descending = descending;
        read = selector.Compile();
    }

    public IOrderedQueryable<T> OrderFirst(IQueryable<T> source, bool backward) =>
        descending != backward ? source.OrderByDescending(selector) : source.OrderBy(selector);

    public IOrderedQueryable<T> OrderNext(IOrderedQueryable<T> source, bool backward) =>
        descending != backward ? source.ThenByDescending(selector) : source.ThenBy(selector);

    public void WriteValue(Utf8JsonWriter json, T item) => JsonSerializer.Serialize(json, read(item));

    public Expression Equal(ParameterExpression item, Expression value) =>
        Expression.Equal(Key(item), value);

    /// <summary>True for items that come after <paramref name="value"/> in the direction of travel.</summary>
    public Expression Beyond(ParameterExpression item, Expression value, bool backward) =>
        Compare(item, value, descending != backward ? ExpressionType.LessThan : ExpressionType.GreaterThan);

    /// <summary>True for items at <paramref name="value"/> or after it in the direction of travel.</summary>
    public Expression AtOrBeyond(ParameterExpression item, Expression value, bool backward) =>
        Compare(item, value, descending != backward ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);

    private BinaryExpression Compare(ParameterExpression item, Expression value, ExpressionType comparison)
    {
        Expression left = Key(item), right = value;
        if (typeof(TKey) == typeof(string))
        {
            left = Expression.Call(StringCompare, left, right);
            right = Expression.Constant(0);
        }

        return Expression.MakeBinary(comparison, left, right);
    }

    private Expression Key(ParameterExpression item) => new ParameterReplacer(selector.Parameters[0], item).Visit(selector.Body);

    /// <summary>
    /// The cursor's value as a captured variable, so the database sees a parameter rather than a literal. Cursors are
    /// opaque but not secret, so a forged one is checked like any input: only values this server could have issued
    /// (instants in UTC, text PostgreSQL can hold) reach the database.
    /// </summary>
    public Expression Value(JsonElement element, string argument)
    {
        TKey value;
        try
        {
            value = element.Deserialize<TKey>() ?? throw new JsonException("A sort key value is null.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new BadUserInputException($"`{argument}` is not a cursor of this list in this order.");
        }

        if (!IsIssuable(value))
        {
            throw new BadUserInputException(
                $"`{argument}` is not a cursor this server issued. Pass a cursor of a page asked with the same arguments.");
        }

        Expression<Func<TKey>> captured = () => value;
        return captured.Body;
    }

    private static bool IsIssuable(object? value) => value switch
    {
        DateTimeOffset instant => instant.Offset == TimeSpan.Zero,
        string text => StorableText.IsStorable(text),
        _ => true,
    };

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
