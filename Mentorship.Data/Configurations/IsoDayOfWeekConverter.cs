using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mentorship.Data.Configurations;

/// <summary>Stores a <see cref="DayOfWeek"/> as its ISO number, 1 = Monday … 7 = Sunday, as PostgreSQL's <c>isodow</c> counts.</summary>
internal sealed class IsoDayOfWeekConverter() : ValueConverter<DayOfWeek, short>(
    day => (short)(day == DayOfWeek.Sunday ? 7 : (int)day),
    number => (DayOfWeek)(number % 7));
