namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// The class fixture of a test class whose server has options:
/// <c>IClassFixture&lt;AppFor&lt;TTests&gt;&gt;</c>, with <typeparamref name="TTests"/> implementing
/// <see cref="IConfiguresApp"/>. xunit makes fixtures by type, so the options travel as the test class.
/// </summary>
public sealed class AppFor<TTests> : IAsyncLifetime
    where TTests : IConfiguresApp
{
    public MentorshipApp App { get; } = new(TTests.ConfigureApp);

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}
