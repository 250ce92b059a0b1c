using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport;

/// <summary>
/// What a stranger can learn of the schema: introspection and field suggestions are on in Development, off by default
/// in Production, and each can be switched on there (GraphQL:EnableIntrospection, GraphQL:EnableFieldSuggestions).
/// </summary>
public sealed class SchemaExposureTests
{
    private const string Introspection = "{ __schema { queryType { name } } }";
    private const string Typo = "{ mentorz { totalCount } }";

    public sealed class InProduction(AppFor<InProduction> host) : IClassFixture<AppFor<InProduction>>, IConfiguresApp
    {
        private readonly MentorshipApp app = host.App;

        // As an operator starts it: the test host's own switch (introspection on) is taken away.
        static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseEnvironment("Production").WithSetting("GraphQL:EnableIntrospection", null);

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

    public sealed class InProductionSwitchedOn(AppFor<InProductionSwitchedOn> host) : IClassFixture<AppFor<InProductionSwitchedOn>>, IConfiguresApp
    {
        private readonly MentorshipApp app = host.App;

        static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseEnvironment("Production")
            .WithSetting("GraphQL:EnableIntrospection", "true").WithSetting("GraphQL:EnableFieldSuggestions", "true");

        [Fact]
        public async Task Introspection_and_suggestions_can_be_switched_on()
        {
            var introspection = await app.Anonymous().ExecuteAsync(Introspection);
            var typo = await app.Anonymous().ExecuteAsync(Typo);

            Assert.Equal("Query", introspection.EnsureNoErrors().StringAt("__schema.queryType.name"));
            Assert.Contains("Did you mean 'mentors'", typo.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    public sealed class InDevelopment(AppFor<InDevelopment> host) : IClassFixture<AppFor<InDevelopment>>, IConfiguresApp
    {
        private readonly MentorshipApp app = host.App;

        static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseEnvironment("Development").WithSetting("GraphQL:EnableIntrospection", null);

        [Fact]
        public async Task Introspection_and_suggestions_are_on_by_default()
        {
            var introspection = await app.Anonymous().ExecuteAsync(Introspection);
            var typo = await app.Anonymous().ExecuteAsync(Typo);

            Assert.Equal("Query", introspection.EnsureNoErrors().StringAt("__schema.queryType.name"));
            Assert.Contains("Did you mean 'mentors'", typo.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }
}
