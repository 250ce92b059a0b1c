using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Schema;

namespace Mentorship.Tests.Transport.Probes;

/// <summary>A test-only subscription, so the schema has a subscription root to send over HTTP.</summary>
public sealed class ProbeSubscriptionFields : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<StringGraphType>("probeTicks")
            .AllowAnonymous()
            .Description("Never emits.")
            .ResolveStream(_ => new SilentObservable());

    private sealed class SilentObservable : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer) => new NothingToDispose();

        private sealed class NothingToDispose : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
