// Apollo Client's relayStylePagination over Query.mentors (cache.mjs): the client's Mentors operation, watched,
// then `fetchMore` with each page's `endCursor` until `hasNextPage` is false.
//
//   node --conditions=development e2e/relay-paging.mjs <http url of /graphql> <skill tag> <page size>
//
// Pages through the mentors with the tag in NAME order. Prints one JSON line: { pages, list, cached, users,
// warnings }: how many pages it fetched, the mentor ids the watched query last delivered, those the cache returns for
// the operation, how many User objects the cache holds, and Apollo's warnings (console.warn). Exits 0, or 1 with a
// message on standard error when a request fails or it takes longer than a minute.
import { createApolloClient } from "./apollo.mjs";
import { MENTORS } from "./operations.mjs";
import { captureWarnings, fail, giveUpAfter, report } from "./support.mjs";

const [url, tag, size] = process.argv.slice(2);
if (!size) {
  fail("usage: node --conditions=development e2e/relay-paging.mjs <url> <skill tag> <page size>");
}
giveUpAfter(60);

const warnings = captureWarnings();
const { client, dispose } = createApolloClient(url, null);
const variables = { first: Number(size), where: { skills: [tag] }, order: "NAME" };
const mentors = client.watchQuery({ query: MENTORS, variables });
let subscription;
let latest;
let onDelivery = () => {};
const initial = await new Promise((resolve) => {
  subscription = mentors.subscribe({
    next: (result) => {
      if (result.error) {
        fail(`the query failed: ${result.error.message}`);
      }
      if (result.dataState === "complete") {
        latest = result;
        onDelivery();
        resolve(result);
      }
    },
    error: (error) => fail(`the query failed: ${error.message}`),
  });
});

let pages = 1;
let pageInfo = initial.data.mentors.pageInfo;
while (pageInfo.hasNextPage) {
  if (pages === 50) {
    fail("more than 50 pages");
  }
  const more = await mentors
    .fetchMore({ variables: { after: pageInfo.endCursor } })
    .catch((error) => fail(`fetchMore failed: ${error.message}`));
  pageInfo = more.data.mentors.pageInfo;
  pages++;
}

const ids = (connection) => connection.edges.map((edge) => edge.node.id);
const cached = ids(client.readQuery({ query: MENTORS, variables }).mentors);
// The watched query hears of the merged list when the cache broadcasts it, which may come after fetchMore settles.
await new Promise((resolve) => {
  onDelivery = () => latest.data.mentors.edges.length === cached.length && resolve();
  onDelivery();
});
const list = ids(latest.data.mentors);
const users = Object.keys(client.cache.extract()).filter((key) => key.startsWith("User:")).length;
subscription.unsubscribe();
report({ pages, list, cached, users, warnings: warnings.map((w) => w.split("\n")[0]) });
await dispose();
process.exit(0);
