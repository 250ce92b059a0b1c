using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Rules;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>Creates accounts: sign-up, and the admin named in configuration.</summary>
public sealed class AccountService(MentorshipDbContext db, PasswordHasher passwords, AuthTokenService tokens, TimeProvider clock)
{
    /// <summary>Creates a mentee or mentor and signs them in; refusals come back as payload errors.</summary>
    public async Task<Payload<SignedIn>> SignUpAsync(SignUpInput input, CancellationToken cancellationToken)
    {
        var email = input.Email.Trim();
        var displayName = input.DisplayName.Trim();
        var problems = new List<DomainError>();
        if (EmailAddress.Problem(email) is { } emailProblem)
        {
            problems.Add(new InvalidInputError("email", emailProblem));
        }

        if (PasswordPolicy.Problem(input.Password) is { } passwordProblem)
        {
            problems.Add(new InvalidInputError("password", passwordProblem));
        }

        if (DisplayNameRule.Problem(displayName) is { } displayNameProblem)
        {
            problems.Add(new InvalidInputError("displayName", displayNameProblem));
        }

        if (input.Role is not (Role.Mentee or Role.Mentor))
        {
            problems.Add(new InvalidInputError("role", "Sign up as MENTEE or MENTOR; admins are appointed by other admins."));
        }

        if (problems.Count > 0)
        {
            return new Payload<SignedIn>(problems);
        }

        var user = await CreateAsync(email, input.Password, displayName, input.Role, cancellationToken);
        if (user is null)
        {
            return new EmailTakenError();
        }

        return new SignedIn(user, await tokens.IssueAsync(user, cancellationToken));
    }

    /// <summary>
    /// Stores a new account with its profile in one transaction. Returns null when the email is taken. There is
    /// no look-up first: the unique index decides, so two simultaneous sign-ups with one email cannot both win.
    /// </summary>
    public async Task<User?> CreateAsync(string email, string password, string displayName, Role role, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = new User
        {
            Id = Guid.CreateVersion7(now),
            Email = email,
            NormalizedEmail = EmailAddress.Normalize(email),
            PasswordHash = passwords.Hash(password),
            Role = role,
            CreatedAt = now,
            SecurityStamp = Guid.NewGuid(),
            Profile = new Profile { DisplayName = displayName, UpdatedAt = now },
        };
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return user;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation,
            ConstraintName: DatabaseConstraints.UserEmailUnique,
        })
        {
            // Forget the rejected rows, or the next SaveChanges of this operation would try them again.
            db.ChangeTracker.Clear();
            return null;
        }
    }
}
