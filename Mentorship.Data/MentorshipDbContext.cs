using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Data;

/// <summary>
/// The platform's database. After changing the model, add a migration from the repository root:
/// <c>dotnet ef migrations add &lt;Name&gt; --project Mentorship.Data</c>.
/// </summary>
public sealed class MentorshipDbContext(DbContextOptions<MentorshipDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<SignInAccountThrottle> SignInAccountThrottles => Set<SignInAccountThrottle>();

    public DbSet<MentorshipRequest> MentorshipRequests => Set<MentorshipRequest>();

    public DbSet<Pairing> Pairings => Set<Pairing>();

    public DbSet<WeeklyAvailability> WeeklyAvailabilities => Set<WeeklyAvailability>();

    public DbSet<AvailabilityBlock> AvailabilityBlocks => Set<AvailabilityBlock>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Feedback> Feedback => Set<Feedback>();

    public DbSet<AuditLogEntry> AuditLogEntries => Set<AuditLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");

        // Exclusion constraints over (uuid, range) need GiST operator classes for plain equality.
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MentorshipDbContext).Assembly);
    }
}
