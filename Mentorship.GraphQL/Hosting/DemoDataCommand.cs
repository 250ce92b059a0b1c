using Mentorship.GraphQL.Hosting.Demo;

namespace Mentorship.GraphQL.Hosting;

public static class DemoDataCommand
{
    /// <summary>
    /// Seeds the demo data once; <c>--reset</c> removes it first and seeds again. <c>./mentorship seed</c> (and
    /// <c>run</c>) call it as <c>Mentorship.GraphQL seed [--reset]</c>.
    /// </summary>
    public static async Task SeedDemoDataAsync(this WebApplication app, bool reset)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataService>().SeedAsync(reset, CancellationToken.None);
    }
}
