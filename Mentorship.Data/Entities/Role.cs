namespace Mentorship.Data.Entities;

/// <summary>The one role a user holds.</summary>
public enum Role
{
    Mentee,
    Mentor,
    Admin,
}
