// The web app's Apollo Client cache: what InMemoryCache must know about this schema.
//
// - possibleTypes (generated/possible-types.js, from codegen.ts): the object types of every union and interface.
//   Without it, a fragment on an interface, such as the client's `...ErrorFields on Error` inside an error union,
//   matches nothing in the cache, and `message` and `code` silently go missing from the result.
// - Profile and MentorRating have no id of their own: each belongs to one user, as User.profile and User.rating. With
//   `merge: true`, the cache merges what two queries read of one user's profile (or rating) instead of replacing the
//   one with the other, which loses fields and makes Apollo warn that cache data may be lost.
// - Query.mentors pages with relayStylePagination: `fetchMore` with the last `endCursor` as `after` (or the first
//   `startCursor` as `before`, with `last`) adds the page to the list the cache holds for the same `where` and `order`.
import { InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import introspection from "./generated/possible-types.js";

export const typePolicies = {
  Query: {
    fields: {
      mentors: relayStylePagination(["where", "order"]),
    },
  },
  Profile: { merge: true },
  MentorRating: { merge: true },
};

/** A new cache for one Apollo Client. */
export function createCache() {
  return new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies });
}
