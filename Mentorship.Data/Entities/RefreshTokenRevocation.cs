namespace Mentorship.Data.Entities;

/// <summary>Why a refresh token stopped working.</summary>
public enum RefreshTokenRevocation
{
    Rotated,
    SignedOut,
    ReuseDetected,
    UserDeactivated,

    /// <summary>An admin changed the user's role; they sign in again to act in the new one.</summary>
    RoleChanged,
}
