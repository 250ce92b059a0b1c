using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Profiles;

public sealed class ProfileType : ObjectGraphType<Profile>
{
    public ProfileType()
    {
        Name = "Profile";
        Description = "What a user shows others about themselves. Every user has one from sign-up on.";
        Field(p => p.DisplayName).Description("The name shown to others.");
        Field(p => p.Bio, nullable: true).Description("A short introduction, at most 1000 characters.");
        Field(p => p.Skills).Description(
            "Skills as the user wrote them, trimmed, in their order, at most 30 of at most 40 characters. Skills that differ " +
            "only in letter case or spacing count as one (the first spelling is kept), and filters and recommendations " +
            "match them the same way: `c#`, `C#` and ` C# ` are one skill.");
        Field(p => p.Goals).Description("What the user wants to learn or achieve, at most 10 entries of at most 200 characters. Recommendations match mentors' skills named in them.");
        Field(p => p.TimeZone, nullable: true).Description("An IANA time zone name, such as `Europe/Berlin`, or `UTC`; null when not given.");
        Field<NonNullGraphType<DateTimeType>>("updatedAt")
            .Description("When the profile last changed.")
            .Resolve(c => c.Source.UpdatedAt);
    }
}
