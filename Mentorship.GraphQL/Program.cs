using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Health;
using Mentorship.GraphQL.Hosting;
using Mentorship.GraphQL.Observability;
using Mentorship.GraphQL.Realtime;
using Mentorship.GraphQL.Transport;

var builder = WebApplication.CreateBuilder(args);
builder.AddMentorshipData();
builder.AddMentorshipAuth();
builder.AddMentorshipGraphQL();
builder.AddMentorshipTransport();
builder.AddMentorshipRealtime();
builder.AddMentorshipHealth();
builder.AddMentorshipObservability();

var app = builder.Build();
if (await app.RunCommandAsync(args))
{
    return;
}

app.MapMentorshipTransport();
app.MapMentorshipHealth();
app.Run();

/// <summary>The server's entry point; public so tests can host it.</summary>
public partial class Program;
