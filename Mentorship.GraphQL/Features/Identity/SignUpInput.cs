using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Identity;

public sealed record SignUpInput(string Email, string Password, string DisplayName, Role Role);
