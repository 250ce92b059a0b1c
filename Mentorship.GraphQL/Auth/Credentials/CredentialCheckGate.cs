namespace Mentorship.GraphQL.Auth.Credentials;

/// <summary>
/// Lets one credential check (a field marked <see cref="ChecksCredentialsAttribute"/>) run per HTTP request, a batch
/// included, or at a time per socket — so neither aliases, batches nor parallel socket messages multiply password
/// hashing. The transport makes one per request or per socket.
/// </summary>
public sealed class CredentialCheckGate
{
    private const string HeldKey = "mentorship.credentialCheckGateHeld";
    private readonly bool reopens;
    private int taken;

    private CredentialCheckGate(bool reopens) => this.reopens = reopens;

    /// <summary>For an HTTP request: the first credential check holds the gate for the rest of the request.</summary>
    public static CredentialCheckGate OncePerRequest() => new(reopens: false);

    /// <summary>For a socket: one credential check at a time; the gate opens again when it has run.</summary>
    public static CredentialCheckGate OneAtATime() => new(reopens: true);

    /// <summary>Why a second check is refused, in words for the client.</summary>
    internal string Refusal => reopens
        ? "A sign-in, sign-up or token refresh is already running on this socket; send the next one when it has finished."
        : "A request may sign in, sign up or refresh tokens only once, a batch included; send the others in requests of their own.";

    /// <summary>The error code of that refusal: a busy socket may try again; a batch must be split.</summary>
    internal bool RefusalIsRetryable => reopens;

    /// <summary>Takes the gate for the execution owning <paramref name="userContext"/>; false when another holds it.</summary>
    internal bool TryEnter(IDictionary<string, object?> userContext)
    {
        if (Interlocked.CompareExchange(ref taken, 1, 0) != 0)
        {
            return false;
        }

        userContext[HeldKey] = true;
        return true;
    }

    /// <summary>Called when an execution has run: a socket's gate opens again if that execution held it.</summary>
    internal void LeaveIfHeldBy(IDictionary<string, object?> userContext)
    {
        if (reopens && userContext.Remove(HeldKey))
        {
            Volatile.Write(ref taken, 0);
        }
    }
}
