using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Rules;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Profiles;

/// <summary>Changes profiles. Every field is checked before anything is written, and each refusal names its field.</summary>
public sealed class ProfileService(MentorshipDbContext db, TimeProvider clock)
{
    public async Task<Payload<Profile>> UpdateAsync(Guid userId, UpdateProfileInput input, CancellationToken cancellationToken)
    {
        var errors = new List<DomainError>();
        var changes = new List<Action<Profile>>();

        if (input.DisplayName.IsGiven)
        {
            var name = input.DisplayName.Value?.Trim() ?? string.Empty;
            if (DisplayNameRule.Problem(name) is { } problem)
            {
                errors.Add(new InvalidInputError("displayName", problem));
            }
            else
            {
                changes.Add(p => p.DisplayName = name);
            }
        }

        if (input.Bio.IsGiven)
        {
            var bio = input.Bio.Value?.Trim();
            if (bio?.Length > ProfileLimits.BioLength)
            {
                errors.Add(new InvalidInputError("bio", $"The bio must be at most {ProfileLimits.BioLength} characters; it has {bio.Length}."));
            }
            else
            {
                changes.Add(p => p.Bio = string.IsNullOrEmpty(bio) ? null : bio);
            }
        }

        if (input.Skills.IsGiven)
        {
            CheckSkills(input.Skills.Value ?? [], errors, changes);
        }

        if (input.Goals.IsGiven)
        {
            CheckGoals(input.Goals.Value ?? [], errors, changes);
        }

        if (input.TimeZone.IsGiven)
        {
            var zone = input.TimeZone.Value?.Trim();
            if (!string.IsNullOrEmpty(zone) && !IanaTimeZones.IsAccepted(zone))
            {
                errors.Add(new InvalidInputError("timeZone", $"'{zone}' is not an IANA time zone name such as Europe/Berlin or UTC."));
            }
            else
            {
                changes.Add(p => p.TimeZone = string.IsNullOrEmpty(zone) ? null : zone);
            }
        }

        if (errors.Count > 0)
        {
            return new Payload<Profile>(errors);
        }

        var profile = await db.Profiles.SingleAsync(p => p.UserId == userId, cancellationToken);
        foreach (var change in changes)
        {
            change(profile);
        }

        profile.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return profile;
    }

    private static void CheckSkills(IReadOnlyList<string> given, List<DomainError> errors, List<Action<Profile>> changes)
    {
        var cleaned = given.Select(Skills.Clean).ToList();
        if (cleaned.Any(s => s.Length == 0))
        {
            errors.Add(new InvalidInputError("skills", "A skill cannot be empty."));
            return;
        }

        if (cleaned.FirstOrDefault(s => s.Length > ProfileLimits.SkillLength) is { } tooLong)
        {
            errors.Add(new InvalidInputError("skills", $"Each skill must be at most {ProfileLimits.SkillLength} characters; '{tooLong}' has {tooLong.Length}."));
            return;
        }

        var (display, keys) = Skills.Distinct(cleaned);
        if (display.Count > ProfileLimits.Skills)
        {
            errors.Add(new InvalidInputError("skills", $"At most {ProfileLimits.Skills} skills; {display.Count} were given."));
            return;
        }

        changes.Add(p =>
        {
            p.Skills = display;
            p.SkillKeys = keys;
        });
    }

    private static void CheckGoals(IReadOnlyList<string> given, List<DomainError> errors, List<Action<Profile>> changes)
    {
        // The count first: nothing works on the items of a list that is too long anyway.
        if (given.Count > ProfileLimits.Goals)
        {
            errors.Add(new InvalidInputError("goals", $"At most {ProfileLimits.Goals} goals; {given.Count} were given."));
            return;
        }

        var goals = given.Select(g => g.Trim()).ToList();
        if (goals.Any(g => g.Length == 0))
        {
            errors.Add(new InvalidInputError("goals", "A goal cannot be empty."));
        }
        else if (goals.FirstOrDefault(g => g.Length > ProfileLimits.GoalLength) is { } tooLong)
        {
            errors.Add(new InvalidInputError("goals", $"Each goal must be at most {ProfileLimits.GoalLength} characters; one has {tooLong.Length}."));
        }
        else
        {
            changes.Add(p => p.Goals = goals);
        }
    }
}
