using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Infrastructure;

/// <summary>The server with every SQL command it sends counted, for tests that bound the cost of a query.</summary>
public sealed class SqlCountingApp : MentorshipApp
{
    public SqlCommandCounter Sql { get; } = new();

    /// <summary>The SQL commands one GraphQL request sends, from the moment it is sent to its response.</summary>
    public async Task<(GraphQLResponse Response, int Commands, string Log)> MeasureAsync(GraphQLClient client, string query, object? variables = null)
    {
        Sql.Reset();
        var response = await client.ExecuteAsync(query, variables);
        return (response, Sql.Count, Sql.Log);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Sql));
    }
}
