using System.Net;
using System.Net.Sockets;
using GraphQL;
using Mentorship.GraphQL.Auth.Credentials;

namespace Mentorship.GraphQL.Execution;

/// <summary>
/// Where a request comes from, beyond who it speaks for: the client's address, which rate limits and the sign-in
/// throttle key on, and the <see cref="CredentialCheckGate"/> it shares with the rest of its HTTP request or socket.
/// </summary>
public sealed record RequestSource(string ClientAddress, CredentialCheckGate CredentialChecks)
{
    private const string UserContextKey = "mentorship.requestSource";

    /// <summary>
    /// The source of a request on <paramref name="http"/> (an HTTP request, or a socket's upgrade request). The address
    /// is the connection's peer — behind a proxy, after ASP.NET Core's forwarded-headers handling — with IPv4-mapped
    /// IPv6 read as IPv4, and IPv6 cut to its /64 network, which one subscriber usually holds whole.
    /// </summary>
    public static RequestSource For(HttpContext http, CredentialCheckGate credentialChecks)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new RequestSource(AddressOf(http.Connection.RemoteIpAddress), credentialChecks);
    }

    /// <summary>The source an execution was started with, from its user context; null outside <see cref="GraphQLExecutor"/>.</summary>
    public static RequestSource? Of(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(UserContextKey, out var source) ? source as RequestSource : null;

    internal void AddTo(IDictionary<string, object?> userContext) => userContext[UserContextKey] = this;

    private static string AddressOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}

public static class RequestSourceExtensions
{
    /// <summary>The client address of the running operation's request or socket.</summary>
    public static string ClientAddress(this IResolveFieldContext context) =>
        RequestSource.Of(context.UserContext)?.ClientAddress ?? "unknown";
}
