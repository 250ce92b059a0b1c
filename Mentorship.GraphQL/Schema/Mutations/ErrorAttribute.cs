using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Schema.Mutations;

/// <summary>A domain error a mutation may answer with: one attribute per error type, listed on the mutation's method.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ErrorAttribute<TError> : ErrorAttribute
    where TError : DomainError
{
    public override Type ErrorType => typeof(TError);
}

/// <summary>What every <see cref="ErrorAttribute{TError}"/> says, whatever its type argument: the error type it names.</summary>
public abstract class ErrorAttribute : Attribute
{
    public abstract Type ErrorType { get; }
}
