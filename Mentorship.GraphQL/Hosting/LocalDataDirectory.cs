namespace Mentorship.GraphQL.Hosting;

/// <summary>
/// The git-ignored folder of the checkout where a development machine keeps what it generates
/// (the signing key, the installed IDE). Set by <c>LocalData__Path</c>; the <c>mentorship</c> script sets it.
/// </summary>
public sealed class LocalDataDirectory(IConfiguration configuration, IHostEnvironment environment)
{
    public string Path { get; } = configuration["LocalData:Path"]
        ?? System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, "..", ".mentorship"));
}
