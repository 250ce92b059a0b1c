using System.Collections.Concurrent;
using System.Text;

namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>
/// The code of a <see cref="DomainError"/> whose code is not its type name in upper snake case without the
/// <c>Error</c> suffix (<c>EmailTakenError</c> is <c>EMAIL_TAKEN</c> without this attribute).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ErrorCodeAttribute(string code) : Attribute
{
    private static readonly ConcurrentDictionary<Type, string> CodeOfType = new();

    public string Code { get; } = code;

    /// <summary>The code of an error type: its attribute's, else derived from its name.</summary>
    public static string Of(Type errorType) => CodeOfType.GetOrAdd(errorType, static type =>
        type.GetCustomAttributes(typeof(ErrorCodeAttribute), inherit: false) is [ErrorCodeAttribute attribute]
            ? attribute.Code
            : FromName(type.Name));

    private static string FromName(string typeName)
    {
        var name = typeName.EndsWith("Error", StringComparison.Ordinal) ? typeName[..^"Error".Length] : typeName;
        var code = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                code.Append('_');
            }

            code.Append(char.ToUpperInvariant(name[i]));
        }

        return code.ToString();
    }
}
