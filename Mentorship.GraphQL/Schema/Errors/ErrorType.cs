using System.Reflection;
using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>
/// The object type of one <see cref="DomainError"/>: named after the record, described by its XML summary and its
/// code, implementing <c>Error</c>, with the record's extra properties (<c>field</c>, <c>limit</c>, …) as fields.
/// </summary>
public sealed class ErrorType<TError> : AutoRegisteringObjectGraphType<TError>
    where TError : DomainError
{
    protected override void ConfigureGraph()
    {
        base.ConfigureGraph();
        Name = typeof(TError).Name;
        // The engine has read the record's XML summary into the description; the code is added to it.
        Description = $"{Description} Code `{ErrorCodeAttribute.Of(typeof(TError))}`.".TrimStart();
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is TError;
    }

    protected override IEnumerable<MemberInfo> GetRegisteredMembers() =>
        typeof(TError).GetProperties(BindingFlags.Public | BindingFlags.Instance);
}
