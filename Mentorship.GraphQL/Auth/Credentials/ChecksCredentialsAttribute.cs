using GraphQL;
using GraphQL.Types;

namespace Mentorship.GraphQL.Auth.Credentials;

/// <summary>
/// Marks a root field that checks credentials — hashes or verifies a password, or spends a refresh token — so
/// <see cref="CredentialCheckRule"/> lets a request run it once, and, with a <see cref="CredentialRateLimit"/>, only as
/// often as its client address may.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChecksCredentialsAttribute(CredentialRateLimit rateLimit = CredentialRateLimit.None) : GraphQLAttribute
{
    internal const string MetadataKey = "mentorship.checksCredentials";

    public CredentialRateLimit RateLimit { get; } = rateLimit;

    public override void Modify(FieldType fieldType, bool isInputType) => fieldType.WithMetadata(MetadataKey, RateLimit);
}
