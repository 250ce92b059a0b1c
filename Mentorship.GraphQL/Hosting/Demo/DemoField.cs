namespace Mentorship.GraphQL.Hosting.Demo;

/// <summary>A field of expertise in the demo data: the skills its mentors have and goals its mentees set.</summary>
internal sealed record DemoField(string Name, string[] Skills, string[] Goals);
