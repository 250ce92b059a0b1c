// Profile and MentorRating in Apollo Client's cache: objects without ids of their own, read by several queries.
//
//   node --conditions=development e2e/cache-identity.mjs <http url of /graphql> <access token> <mentor id> <skill tag>
//
// With the web app's cache (cache.mjs) and then with a plain `new InMemoryCache()`, runs the client's UserProfile
// (every profile field) for the mentor, then its Mentors for the mentor's skill tag (the mentor card: fewer profile
// fields) and a query reading only the rating's count. Prints one JSON line per cache, { cache, warnings, profile,
// rating }: Apollo's warnings (console.warn) and what the cache then holds of the mentor's profile and rating. Exits
// 0, or 1 with a message on standard error when a request fails.
import { gql, InMemoryCache } from "@apollo/client";
import { createApolloClient } from "./apollo.mjs";
import { MENTORS, USER_PROFILE } from "./operations.mjs";
import { captureWarnings, fail, giveUpAfter, report } from "./support.mjs";

const [url, token, mentorId, tag] = process.argv.slice(2);
if (!tag) {
  fail("usage: node --conditions=development e2e/cache-identity.mjs <url> <access token> <mentor id> <skill tag>");
}
giveUpAfter(60);

const RATING_COUNT = gql`
  query MentorRatingCount($id: ID!) {
    mentor(id: $id) {
      id
      rating {
        count
      }
    }
  }
`;

const warnings = captureWarnings();
for (const [name, cache] of [["web app", undefined], ["plain", new InMemoryCache()]]) {
  warnings.length = 0;
  const apollo = createApolloClient(url, token, {}, cache);
  for (const [query, variables] of [
    [USER_PROFILE, { id: mentorId }],
    [MENTORS, { where: { skills: [tag] } }],
    [RATING_COUNT, { id: mentorId }],
  ]) {
    await apollo.client.query({ query, variables }).catch((error) => fail(`a query failed: ${error.message}`));
  }
  const mentor = apollo.client.cache.extract()[`User:${mentorId}`];
  report({ cache: name, warnings: warnings.map((w) => w.split("\n")[0]), profile: mentor.profile, rating: mentor.rating });
  await apollo.dispose();
}

process.exit(0);
