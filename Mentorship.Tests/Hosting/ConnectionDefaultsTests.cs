using Mentorship.GraphQL.Hosting;
using Npgsql;

namespace Mentorship.Tests.Hosting;

public sealed class ConnectionDefaultsTests
{
    [Fact]
    public void The_server_prepares_repeated_statements_and_skips_the_reset_when_the_connection_string_says_nothing()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithServerDefaults("Host=db;Database=mentorship"));

        Assert.Equal(128, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("mentorship", tuned.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    public void The_operators_own_settings_win_in_either_spelling(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithServerDefaults(connectionString));

        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.False(tuned.NoResetOnClose);
    }
}
