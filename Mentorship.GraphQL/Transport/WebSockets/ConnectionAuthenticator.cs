using System.Text.Json;
using Mentorship.GraphQL.Auth;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// Who a socket speaks for, read from the <c>connection_init</c> payload, since browsers cannot set headers on
/// a WebSocket: <c>authorization</c> or <c>Authorization</c> holding <c>Bearer &lt;token&gt;</c>, or
/// <c>authToken</c> holding the token itself. No credentials (or blank ones) mean anonymous; credentials that
/// do not hold, or are not strings, are rejected.
/// </summary>
public sealed class ConnectionAuthenticator(IServiceScopeFactory scopes)
{
    public async Task<Authentication> AuthenticateAsync(JsonElement? initPayload, CancellationToken cancellationToken)
    {
        var authorization = Credential(initPayload, "authorization") ?? Credential(initPayload, "Authorization");
        var token = Credential(initPayload, "authToken");
        if (authorization is null && token is null)
        {
            return Authentication.Anonymous;
        }

        // The authenticator reads the user's row, so it gets a scope (and DbContext) of its own.
        await using var scope = scopes.CreateAsyncScope();
        var authenticator = scope.ServiceProvider.GetRequiredService<RequestAuthenticator>();
        return authorization is not null
            ? await authenticator.AuthenticateHeaderAsync(authorization, cancellationToken)
            : await authenticator.AuthenticateTokenAsync(token!, cancellationToken);
    }

    /// <summary>Whether the user a socket was opened for is still active, with the same sign-in stamp and role.</summary>
    public async Task<bool> IsStillValidAsync(Authentication authentication, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RequestAuthenticator>()
            .IsStillValidAsync(authentication.Principal, cancellationToken);
    }

    /// <summary>The credential under <paramref name="name"/>; a value that is not a string is kept as its JSON, which never authenticates.</summary>
    private static string? Credential(JsonElement? payload, string name) =>
        payload is { } fields && fields.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String
                ? string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()
                : value.GetRawText()
            : null;
}
