namespace Mentorship.Data.Entities;

/// <summary>Why a refresh token stopped working.</summary>
public enum RefreshTokenRevocation
{
    Rotated,
    SignedOut,
    ReuseDetected,
    UserDeactivated,
}
