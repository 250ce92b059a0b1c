using Mentorship.Data.Entities;

namespace Mentorship.Tests.Infrastructure;

/// <summary>A user made for a test, with a client that is signed in as them.</summary>
public sealed record TestUser(Guid Id, string Email, Role Role, string AccessToken, GraphQLClient Client);
