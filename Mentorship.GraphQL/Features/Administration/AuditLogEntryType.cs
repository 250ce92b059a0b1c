using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class AuditLogEntryType : ObjectGraphType<AuditLogEntry>
{
    public AuditLogEntryType()
    {
        Name = "AuditLogEntry";
        Description = "One admin action, written with the change it records; never altered or removed.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entry's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<AuditActionType>>("action").Description("What the admin did.").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<DateTimeType>>("createdAt").Description("When.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<UserType>>("actor").Description("The admin who acted.")
            .Resolve(c => c.Service<UsersByIdLoader>().Load(c.Source.ActorId));
        Field<IdGraphType>("subjectUserId").Description("The id of the user acted on.").Resolve(c => c.Source.SubjectUserId);
        Field<UserType>("subject").Description("The user acted on.")
            .Resolve(c => c.Source.SubjectUserId is { } id ? c.Service<UsersByIdLoader>().Load(id) : null);
        Field(e => e.Details, nullable: true)
            .Description("What changed, as a JSON object in a string, such as `{\"from\": \"MENTOR\", \"to\": \"MENTEE\"}`; see `AuditAction`.");
    }
}
