namespace Mentorship.GraphQL.Transport.Ide;

/// <summary>The Banana Cake Pop IDE, bound from the <c>Ide</c> configuration section.</summary>
public sealed class IdeOptions
{
    public const string Section = "Ide";

    /// <summary>Whether <c>GET /graphql</c> from a browser serves the IDE. Unset: on in Development only.</summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// The folder of the npm package <c>@chillicream/bananacakepop-graphql-ide</c> (the one holding its
    /// <c>index.html</c>). Unset: <c>ide/node_modules/@chillicream/bananacakepop-graphql-ide</c> in the local data folder,
    /// where <c>./mentorship run</c> installs it.
    /// </summary>
    public string? Path { get; set; }
}
