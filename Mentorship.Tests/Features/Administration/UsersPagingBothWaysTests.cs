using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Administration;

/// <summary>
/// The admins' <c>users</c> list pages forward and backward through users created at the same instants (the clock
/// stands still between them), so the order's first key ties and the id decides.
/// </summary>
public sealed class UsersPagingBothWaysTests(AppFor<UsersPagingBothWaysTests> host)
    : IClassFixture<AppFor<UsersPagingBothWaysTests>>, IConfiguresApp
{
    private const string Users = """
        query Users($first: Int, $after: String, $last: Int, $before: String, $where: UserFilterInput) {
          users(first: $first, after: $after, last: $last, before: $before, where: $where) {
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes { id }
          }
        }
        """;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseFakeClock();

    [Fact]
    public async Task Paging_forward_and_backward_through_tied_creation_times_returns_every_user_once_newest_first()
    {
        var admin = await app.AsAdminAsync();
        var tag = ProfileSetup.UniqueTag("Tied");
        var created = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            if (i is 3 or 5)
            {
                app.Clock.Advance(TimeSpan.FromMinutes(1));
            }

            created.Add((await app.MenteeAsync($"{tag} {i}")).Id.ToString());
        }

        var where = new { search = tag };
        var all = Ids(await QueryAsync(admin, new { first = 100, where }));
        var forward = new List<string>();
        var forwardPreviousFlags = new List<bool>();
        string? after = null;
        for (var more = true; more && forwardPreviousFlags.Count < 10;)
        {
            var page = await QueryAsync(admin, new { first = 3, after, where });
            forward.AddRange(Ids(page));
            forwardPreviousFlags.Add(page.At("users.pageInfo.hasPreviousPage").GetBoolean());
            after = page.StringAt("users.pageInfo.endCursor");
            more = page.At("users.pageInfo.hasNextPage").GetBoolean();
        }

        var backward = new List<string>();
        var backwardNextFlags = new List<bool>();
        string? before = null;
        for (var more = true; more && backwardNextFlags.Count < 10;)
        {
            var page = await QueryAsync(admin, new { last = 3, before, where });
            backward.InsertRange(0, Ids(page));
            backwardNextFlags.Add(page.At("users.pageInfo.hasNextPage").GetBoolean());
            before = page.StringAt("users.pageInfo.startCursor");
            more = page.At("users.pageInfo.hasPreviousPage").GetBoolean();
        }

        // Newest first: the two created last, then the two before them, then the first three; ties in id order.
        Assert.Equal(7, all.Count);
        Assert.Equal(created[5..].ToHashSet(), all[..2].ToHashSet());
        Assert.Equal(created[3..5].ToHashSet(), all[2..4].ToHashSet());
        Assert.Equal(created[..3].ToHashSet(), all[4..].ToHashSet());
        Assert.Equal(all, forward);
        Assert.Equal([false, true, true], forwardPreviousFlags);
        Assert.Equal(all, backward);
        Assert.Equal([false, true, true], backwardNextFlags);
    }

    private static async Task<GraphQLResponse> QueryAsync(GraphQLClient admin, object variables)
    {
        var response = await admin.ExecuteAsync(Users, variables);
        response.EnsureNoErrors();
        return response;
    }

    private static List<string> Ids(GraphQLResponse response) =>
        [.. response.At("users.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
}
