using GraphQL;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.Tests.Schema.Paging;

public sealed class PageSizeTests
{
    [Fact]
    public void Missing_first_gives_the_default_of_20() => Assert.Equal(20, PageSize.From(null));

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(100)]
    public void First_within_1_to_100_is_taken_as_it_is(int first) => Assert.Equal(first, PageSize.From(first));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(101)]
    public void First_outside_1_to_100_is_refused_with_BAD_USER_INPUT_naming_the_argument(int first)
    {
        var error = Assert.Throws<ExecutionError>(() => PageSize.From(first, "feedbackFirst"));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Contains("'feedbackFirst' must be between 1 and 100", error.Message, StringComparison.Ordinal);
    }
}
