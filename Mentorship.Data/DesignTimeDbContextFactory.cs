using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentorship.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without a running server or database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MentorshipDbContext>
{
    public MentorshipDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Mentorship")
            ?? "Host=localhost;Database=mentorship";
        var options = new DbContextOptionsBuilder<MentorshipDbContext>().UseMentorshipDatabase(connectionString);
        return new MentorshipDbContext(options.Options);
    }
}
