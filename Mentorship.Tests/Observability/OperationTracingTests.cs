using System.Diagnostics;
using Mentorship.GraphQL.Observability;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Infrastructure.Probes;

namespace Mentorship.Tests.Observability;

/// <summary>Spans are exported by every server in the process: each test finds its own by an operation name only it uses.</summary>
public sealed class OperationTracingTests(AppFor<OperationTracingTests> host) : IClassFixture<AppFor<OperationTracingTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.RecordSpans().WithProbeFields();

    [Fact]
    public async Task An_operation_is_one_span_named_after_it_inside_its_request_with_its_sql_as_children()
    {
        await app.MentorAsync();

        (await app.Anonymous().ExecuteAsync("query TracedMentors { mentors(first: 5) { totalCount nodes { id } } }")).EnsureNoErrors();

        var span = await OperationSpanAsync("TracedMentors");
        Assert.Equal("query TracedMentors", span.DisplayName);
        Assert.Equal("query", span.GetTagItem("graphql.operation.type"));
        Assert.Equal("success", span.GetTagItem("mentorship.graphql.outcome"));
        Assert.Null(span.GetTagItem("mentorship.graphql.error_codes"));
        Assert.Null(span.GetTagItem("graphql.document"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        var request = Assert.Single(app.Spans.Snapshot(), s => s.SpanId == span.ParentSpanId);
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Equal("POST", request.GetTagItem("http.request.method"));
        var sql = app.Spans.ChildrenOf(span).Where(child => child.Source.Name == "Npgsql").ToList();
        Assert.NotEmpty(sql);
        Assert.All(sql, statement => Assert.Equal("postgresql", statement.GetTagItem("db.system.name") ?? statement.GetTagItem("db.system")));
    }

    [Fact]
    public async Task A_refused_operation_records_its_outcome_and_error_codes()
    {
        var response = await app.Anonymous().ExecuteAsync("query TracedRefusal { me { id } }");

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        var span = await OperationSpanAsync("TracedRefusal");
        Assert.Equal("rejected", span.GetTagItem("mentorship.graphql.outcome"));
        Assert.Equal(new[] { "UNAUTHENTICATED" }, span.GetTagItem("mentorship.graphql.error_codes"));
        Assert.Equal("UNAUTHENTICATED", span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task A_failing_operation_is_an_error_span_that_keeps_the_exception_message_out()
    {
        var response = await app.Anonymous().ExecuteAsync("query TracedFailure { probeBoom }");

        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        var span = await OperationSpanAsync("TracedFailure");
        Assert.Equal("error", span.GetTagItem("mentorship.graphql.outcome"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("INTERNAL_SERVER_ERROR", span.StatusDescription);
        var recorded = string.Join(' ', span.TagObjects.Select(t => $"{t.Key}={t.Value}").Concat(span.Events.Select(e => e.Name)));
        Assert.DoesNotContain(ProbeQueryFields.SecretInException, recorded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_a_span_without_a_type()
    {
        var response = await app.Anonymous().ExecuteAsync("query TracedNonsense {", operationName: "TracedNonsense");

        Assert.Equal(["GRAPHQL_PARSE_FAILED"], response.ErrorCodes);
        var span = await OperationSpanAsync("TracedNonsense");
        Assert.Equal("GraphQL Operation", span.DisplayName);
        Assert.Null(span.GetTagItem("graphql.operation.type"));
        Assert.Equal("rejected", span.GetTagItem("mentorship.graphql.outcome"));
    }

    [Fact]
    public async Task An_operation_over_a_socket_is_a_trace_of_its_own()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.ExecuteAsync("query TracedOverSocket { probeEcho(value: 7) }");

        var span = await OperationSpanAsync("TracedOverSocket");
        Assert.Equal(default, span.ParentSpanId);
        Assert.Equal("success", span.GetTagItem("mentorship.graphql.outcome"));
    }

    [Fact]
    public async Task The_document_is_recorded_in_Development_only()
    {
        const string Query = "query TracedInDevelopment { probeEcho(value: 1) }";
        await using var development = await MentorshipApp.StartAsync(options => options.UseEnvironment("Development").RecordSpans().WithProbeFields());

        (await development.Anonymous().ExecuteAsync(Query)).EnsureNoErrors();

        var span = await development.Spans.WaitForAsync(
            s => s.Source.Name == MentorshipTelemetry.ActivitySourceName && (string?)s.GetTagItem("graphql.operation.name") == "TracedInDevelopment",
            "for TracedInDevelopment");
        Assert.Equal(Query, span.GetTagItem("graphql.document"));
    }

    private Task<Activity> OperationSpanAsync(string operationName) =>
        app.Spans.WaitForAsync(
            span => span.Source.Name == MentorshipTelemetry.ActivitySourceName && (string?)span.GetTagItem("graphql.operation.name") == operationName,
            $"for operation {operationName}");
}
