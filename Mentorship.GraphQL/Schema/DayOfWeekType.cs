using GraphQL.Types;

namespace Mentorship.GraphQL.Schema;

/// <summary>The <c>DayOfWeek</c> enum over <see cref="System.DayOfWeek"/>, in ISO order: Monday first.</summary>
public sealed class DayOfWeekType : EnumerationGraphType
{
    public DayOfWeekType()
    {
        Name = "DayOfWeek";
        Description = "A day of the week, Monday first as in ISO 8601.";
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday })
        {
            Add(day.ToString().ToUpperInvariant(), day, $"{day}.");
        }
    }
}
