using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>What scheduling adds to a user: a mentor's weekly availability.</summary>
public sealed class AvailabilityUserFields : ITypeExtension<UserType>
{
    public void Extend(UserType type) =>
        type.Field<WeeklyAvailabilityType>("availability")
            .Description("A mentor's weekly availability, readable by everyone; null for users who are not mentors and for mentors who have not set one.")
            .Resolve(c => c.Source.Role == Role.Mentor ? c.Service<WeeklyAvailabilityByMentorIdLoader>().Load(c.Source.Id) : null);
}
