// Automatic persisted queries with Apollo Client's own link, as the README wires it: the hash of the query, sent
// by GET, and the text only when the server asks for it.
//
//   node e2e/persisted-queries.mjs <http url of /graphql>
//
// Runs one query twice, each time from the network. Prints one JSON line: for each run, the HTTP exchanges it took
// ({ method, sentQuery, status, codes }) and the data it got; exits 0. Exits 1 with a message on standard error
// when a query fails or takes longer than a minute.
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { fail, giveUpAfter, report } from "./support.mjs";

const [url] = process.argv.slice(2);
if (!url) {
  fail("usage: node e2e/persisted-queries.mjs <url>");
}
giveUpAfter(60);

let exchanges = [];

/** fetch, noting what each request sent and what came back. */
async function recordingFetch(input, init = {}) {
  const method = init.method ?? "GET";
  const sentQuery = method === "GET" ? new URL(input).searchParams.has("query") : "query" in JSON.parse(init.body);
  const response = await fetch(input, init);
  const body = JSON.parse(await response.clone().text());
  const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? null);
  exchanges.push({ method, sentQuery, status: response.status, codes });
  return response;
}

const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: new PersistedQueryLink({
    sha256: (text) => createHash("sha256").update(text).digest("hex"),
    useGETForHashedQueries: true,
  }).concat(new HttpLink({ uri: url, fetch: recordingFetch })),
});

const MENTOR_COUNT = gql`
  query MentorCount {
    mentors(first: 1) {
      totalCount
    }
  }
`;

const runs = [];
for (let run = 0; run < 2; run++) {
  exchanges = [];
  const { data, error } = await client.query({ query: MENTOR_COUNT, fetchPolicy: "network-only" });
  if (error) {
    fail(`run ${run + 1} failed: ${error.message}`);
  }
  runs.push({ exchanges, data });
}

report(runs);
