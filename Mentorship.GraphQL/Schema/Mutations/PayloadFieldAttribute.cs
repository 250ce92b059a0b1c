namespace Mentorship.GraphQL.Schema.Mutations;

/// <summary>
/// Names the one payload field that holds a mutation's value (<c>mentorship</c>, <c>session</c>); its
/// description is the method's <c>&lt;returns&gt;</c> comment. Without it, the value is a record whose
/// properties are the payload's fields.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PayloadFieldAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
