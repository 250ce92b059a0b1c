using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Infrastructure.Probes;

/// <summary>Test-only mutations: one that records that it ran, one that answers with its text.</summary>
public sealed class ProbeMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("probeAppend")
            .AllowAnonymous()
            .Description("Appends an entry to the probe log and returns the log.")
            .Argument<NonNullGraphType<StringGraphType>>("entry", "The entry to append.")
            .Resolve(context =>
            {
                var log = context.RequestServices!.GetRequiredService<ProbeLog>();
                log.Add(context.GetArgument<string>("entry"));
                return log.Entries;
            });

        mutation.Field<NonNullGraphType<StringGraphType>>("probeSay")
            .AllowAnonymous()
            .Description("Answers with its text.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to answer with.")
            .Resolve(context => context.GetArgument<string>("text"));
    }
}
