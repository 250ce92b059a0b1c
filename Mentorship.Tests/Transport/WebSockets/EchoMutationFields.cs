using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Schema;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>A mutation that exists only in the WebSocket tests' server.</summary>
public sealed class EchoMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<StringGraphType>>("echo")
            .AllowAnonymous()
            .Description("Test only: answers with its text.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to answer with.")
            .Resolve(context => context.GetArgument<string>("text"));
}
