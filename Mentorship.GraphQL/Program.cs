using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Hosting;
using Mentorship.GraphQL.Transport;

var builder = WebApplication.CreateBuilder(args);
builder.AddMentorshipData();
builder.AddMentorshipAuth();
builder.AddMentorshipGraphQL();

var app = builder.Build();
if (args is ["migrate", ..])
{
    await app.MigrateDatabaseAsync();
    return;
}

if (args is ["seed", ..])
{
    await app.SeedDemoDataAsync(reset: args.Contains("--reset"));
    return;
}

app.MapGraphQLHttp();
app.Run();

/// <summary>The server's entry point; public so tests can host it.</summary>
public partial class Program;
