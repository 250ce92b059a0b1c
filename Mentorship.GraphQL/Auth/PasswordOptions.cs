namespace Mentorship.GraphQL.Auth;

/// <summary>Password hashing settings, bound from the <c>Passwords</c> configuration section.</summary>
public sealed class PasswordOptions
{
    public const string Section = "Passwords";

    /// <summary>The lowest bcrypt work factor the server accepts; below it, start-up fails.</summary>
    public const int MinimumWorkFactor = 11;

    /// <summary>The highest work factor bcrypt itself allows.</summary>
    public const int MaximumWorkFactor = 31;

    /// <summary>bcrypt's cost: each step doubles the time one hash takes.</summary>
    public int WorkFactor { get; set; } = 12;
}
