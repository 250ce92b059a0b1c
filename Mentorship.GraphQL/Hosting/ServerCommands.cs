namespace Mentorship.GraphQL.Hosting;

public static class ServerCommands
{
    /// <summary>
    /// Runs a one-off command instead of serving: <c>migrate</c>, or <c>seed [--reset]</c>. Returns false when the
    /// arguments name none, so the server starts.
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        switch (args)
        {
            case ["migrate", ..]:
                await app.MigrateDatabaseAsync();
                return true;
            case ["seed", ..]:
                await app.SeedDemoDataAsync(reset: args.Contains("--reset"));
                return true;
            default:
                return false;
        }
    }
}
