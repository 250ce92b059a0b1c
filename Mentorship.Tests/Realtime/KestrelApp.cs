using Mentorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Realtime;

/// <summary>The server behind Kestrel on a free port, for clients in other processes.</summary>
public class KestrelApp : MentorshipApp
{
    /// <summary>The GraphQL endpoint, such as <c>http://127.0.0.1:41234/graphql</c>.</summary>
    public Uri GraphQLUri { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        UseKestrel(0);
        await base.InitializeAsync();
        var address = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        GraphQLUri = new UriBuilder(address) { Path = "/graphql" }.Uri;
    }
}
