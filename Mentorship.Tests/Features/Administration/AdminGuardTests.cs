using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Administration;

/// <summary>Every admin operation is refused to anyone but an admin, before it runs: nothing is written or logged.</summary>
public sealed class AdminGuardTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    public static TheoryData<string, string> OperationsAndCallers()
    {
        var cases = new TheoryData<string, string>();
        foreach (var operation in new[] { "AdminUsers", "ChangeUserRole", "DeactivateUser", "ReactivateUser", "PlatformStats", "AuditLog" })
        {
            foreach (var caller in new[] { "anonymous", "mentee", "mentor" })
            {
                cases.Add(operation, caller);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(OperationsAndCallers))]
    public async Task Admin_operation_is_refused_to_anyone_but_an_admin_and_changes_nothing(string operation, string caller)
    {
        // A subject the operation would change if it ran: a mentor to demote or deactivate, a deactivated one to reactivate.
        var subject = await app.MentorAsync();
        await app.SignInAsync(subject);
        if (operation == "ReactivateUser")
        {
            await app.DeactivateAsync(subject.Id);
        }

        var before = await app.UserStateAsync(subject.Id);
        var entriesBefore = await app.AuditEntryCountAsync();
        var client = caller switch
        {
            "anonymous" => app.Anonymous(),
            "mentee" => await app.AsMenteeAsync(),
            _ => await app.AsMentorAsync(),
        };

        var response = operation switch
        {
            "AdminUsers" => await client.UsersAsync(),
            "ChangeUserRole" => await client.ChangeRoleAsync(subject.Id, "MENTEE"),
            "DeactivateUser" => await client.DeactivateAsync(subject.Id, "Spam."),
            "ReactivateUser" => await client.ReactivateAsync(subject.Id),
            "PlatformStats" => await client.ExecuteAsync(AdminOperations.PlatformStats),
            _ => await client.AuditLogAsync(),
        };

        response.AssertRefusedWith(caller == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
        Assert.Equal(before, await app.UserStateAsync(subject.Id));
        Assert.Equal(entriesBefore, await app.AuditEntryCountAsync());
    }

    [Fact]
    public async Task The_same_operations_run_for_an_admin()
    {
        var admin = await app.AsAdminAsync();
        var subject = await app.MentorAsync();

        (await admin.UsersAsync()).EnsureNoErrors();
        (await admin.ExecuteAsync(AdminOperations.PlatformStats)).EnsureNoErrors();
        (await admin.AuditLogAsync()).EnsureNoErrors();
        (await admin.ChangeRoleAsync(subject.Id, "MENTEE")).Succeeded("changeUserRole");
        (await admin.DeactivateAsync(subject.Id)).Succeeded("deactivateUser");
        (await admin.ReactivateAsync(subject.Id)).Succeeded("reactivateUser");
    }
}
