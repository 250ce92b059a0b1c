namespace Mentorship.GraphQL.Realtime;

/// <summary>What a subscriber listens for: one kind of event, addressed to one user.</summary>
public readonly record struct SubscriptionKey(string Kind, Guid RecipientId);
