using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Tests.Transport;

/// <summary>
/// What a stranger can learn of the schema: introspection and field suggestions are on in Development, off by default
/// in Production, and each can be switched on there (GraphQL:EnableIntrospection, GraphQL:EnableFieldSuggestions).
/// </summary>
public sealed class SchemaExposureTests
{
    private const string Introspection = "{ __schema { queryType { name } } }";
    private const string Typo = "{ mentorz { totalCount } }";

    public sealed class InProduction(ProductionApp app) : IClassFixture<ProductionApp>
    {
        [Fact]
        public async Task Introspection_is_off_by_default()
        {
            var response = await app.Anonymous().ExecuteAsync(Introspection);

            response.AssertRefused(400, ErrorCodes.ValidationFailed);
        }

        [Fact]
        public async Task Typename_is_still_answered()
        {
            var response = await app.Anonymous().ExecuteAsync("{ __typename }");

            Assert.Equal("Query", response.EnsureNoErrors().StringAt("__typename"));
        }

        [Fact]
        public async Task Field_suggestions_are_off_by_default()
        {
            var response = await app.Anonymous().ExecuteAsync(Typo);

            response.AssertRefused(400, ErrorCodes.ValidationFailed);
            Assert.Equal("Cannot query field 'mentorz' on type 'Query'.", response.Errors[0].GetProperty("message").GetString());
        }
    }

    public sealed class InProductionSwitchedOn(SwitchedOnProductionApp app) : IClassFixture<SwitchedOnProductionApp>
    {
        [Fact]
        public async Task Introspection_and_suggestions_can_be_switched_on()
        {
            var introspection = await app.Anonymous().ExecuteAsync(Introspection);
            var typo = await app.Anonymous().ExecuteAsync(Typo);

            Assert.Equal("Query", introspection.EnsureNoErrors().StringAt("__schema.queryType.name"));
            Assert.Contains("Did you mean 'mentors'", typo.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    public sealed class InDevelopment(DevelopmentApp app) : IClassFixture<DevelopmentApp>
    {
        [Fact]
        public async Task Introspection_and_suggestions_are_on_by_default()
        {
            var introspection = await app.Anonymous().ExecuteAsync(Introspection);
            var typo = await app.Anonymous().ExecuteAsync(Typo);

            Assert.Equal("Query", introspection.EnsureNoErrors().StringAt("__schema.queryType.name"));
            Assert.Contains("Did you mean 'mentors'", typo.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The server as an operator starts it in Production: only the database and signing key are set, not the test host's
    /// defaults (which switch introspection on).
    /// </summary>
    public sealed class ProductionApp : MentorshipApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => ConfigureBare(this, builder, "Production");
    }

    public sealed class SwitchedOnProductionApp : MentorshipApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ConfigureBare(this, builder, "Production");
            builder.UseSetting("GraphQL:EnableIntrospection", "true");
            builder.UseSetting("GraphQL:EnableFieldSuggestions", "true");
        }
    }

    public sealed class DevelopmentApp : MentorshipApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => ConfigureBare(this, builder, "Development");
    }

    private static void ConfigureBare(MentorshipApp app, IWebHostBuilder builder, string environment)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Mentorship", app.ConnectionString);
        builder.UseSetting("Jwt:SigningKey", MentorshipApp.SigningKey);
    }
}
