using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Hosting;
using Mentorship.GraphQL.Realtime;
using Mentorship.GraphQL.Transport;
using Mentorship.GraphQL.Transport.WebSockets;

var builder = WebApplication.CreateBuilder(args);
builder.AddMentorshipData();
builder.AddMentorshipAuth();
builder.AddMentorshipGraphQL();
builder.AddGraphQLWebSockets();
builder.AddMentorshipRealtime();

var app = builder.Build();
if (args is ["migrate", ..])
{
    await app.MigrateDatabaseAsync();
    return;
}

app.UseGraphQLWebSockets();
app.MapGraphQLHttp();
app.Run();

/// <summary>The server's entry point; public so tests can host it.</summary>
public partial class Program;
