namespace Mentorship.Data.Entities;

/// <summary>The admin actions the audit log records.</summary>
public enum AuditAction
{
    ChangeUserRole,
    DeactivateUser,
    ReactivateUser,
}
