using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Infrastructure.Probes;

/// <summary>Test-only query fields that fail, hang, or report what ran.</summary>
public sealed class ProbeQueryFields : IQueryFields
{
    public const string SecretInException = "Host=db.internal;Password=hunter2";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<StringGraphType>("probeBoom")
            .AllowAnonymous()
            .Description("Throws an unexpected exception.")
            .Resolve(_ => throw new InvalidOperationException($"Could not connect with {SecretInException}"));

        query.Field<StringGraphType>("probeSlow")
            .AllowAnonymous()
            .Description("Waits until the operation is cancelled.")
            .ResolveAsync(async context =>
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "finished";
            });

        query.Field<StringGraphType>("probeAwait")
            .AllowAnonymous()
            .Description("Waits for the first value the test publishes on the channel, and returns it.")
            .Argument<NonNullGraphType<StringGraphType>>("channel", "The channel's name.")
            .ResolveAsync(async context =>
            {
                var published = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
                var channel = context.RequestServices!.GetRequiredService<SignalHub>().Channel(context.GetArgument<string>("channel"));
                using (channel.Subscribe(new FirstValue(published)))
                {
                    return await published.Task.WaitAsync(context.CancellationToken);
                }
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("probeLog")
            .AllowAnonymous()
            .Description("What the probe fields did so far.")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProbeLog>().Entries);

        query.Field<IntGraphType>("probeEcho")
            .AllowAnonymous()
            .Description("Returns its argument, and notes that it ran.")
            .Argument<NonNullGraphType<IntGraphType>>("value", "Any integer.")
            .Resolve(context =>
            {
                context.RequestServices!.GetRequiredService<ProbeLog>().Add($"echo {context.GetArgument<int>("value")}");
                return context.GetArgument<int>("value");
            });

        query.Field<StringGraphType>(ProbeGuardRule.ForbiddenField)
            .AllowAnonymous()
            .Description("Refused by the probe guard with FORBIDDEN.")
            .Resolve(_ => "ran");

        query.Field<StringGraphType>(ProbeGuardRule.UnauthenticatedField)
            .AllowAnonymous()
            .Description("Refused by the probe guard with UNAUTHENTICATED.")
            .Resolve(_ => "ran");
    }

    private sealed class FirstValue(TaskCompletionSource<object?> value) : IObserver<object?>
    {
        public void OnNext(object? next) => value.TrySetResult(next);

        public void OnCompleted() => value.TrySetResult(null);

        public void OnError(Exception error) => value.TrySetException(error);
    }
}
