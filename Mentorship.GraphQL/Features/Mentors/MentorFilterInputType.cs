using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Mentors;

public sealed class MentorFilterInputType : InputObjectGraphType<MentorFilter>
{
    public MentorFilterInputType()
    {
        Name = "MentorFilterInput";
        Description = "Narrows the mentor list; every part given must hold.";
        Field(f => f.Skills, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>))
            .Description(
                $"Mentors having all of these skills. Compared like profile skills: letter case and extra spaces do not matter. " +
                $"At most {MentorService.MaxFilterSkills}.");
        Field(f => f.Search, nullable: true)
            .Description(
                $"Text found anywhere in the mentor's display name, bio or skills, ignoring letter case. At most {MentorService.MaxSearchLength} characters; blank means no search.");
    }
}
