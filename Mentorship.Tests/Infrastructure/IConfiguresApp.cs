namespace Mentorship.Tests.Infrastructure;

/// <summary>A test class that says how its server differs from the default, for <see cref="AppFor{TTests}"/>.</summary>
public interface IConfiguresApp
{
    static abstract void ConfigureApp(MentorshipAppOptions options);
}
