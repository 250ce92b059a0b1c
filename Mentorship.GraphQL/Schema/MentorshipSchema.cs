using GraphQL.Types;

namespace Mentorship.GraphQL.Schema;

/// <summary>The platform's schema; a root type is left out while no feature contributes to it.</summary>
public sealed class MentorshipSchema : global::GraphQL.Types.Schema
{
    public MentorshipSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "Mentorship: pairs mentors with mentees.";
        Query = query;
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
        Subscription = subscription.Fields.Count > 0 ? subscription : null;
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeType));
        RegisterTypeMapping(typeof(TimeOnly), typeof(LocalTimeType));
        RegisterTypeMapping(typeof(DayOfWeek), typeof(DayOfWeekType));
        RegisterVisitor(new DescriptionWhitespace());
    }
}
