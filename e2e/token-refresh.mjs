// A socket that outlives its access token, with the web app's token handling: Apollo Client and graphql-ws
// read the current token through one function that refreshes it (refreshTokens) when it is about to expire.
//
//   node e2e/token-refresh.mjs <http url of /graphql> <mentee email> <mentee password> <mentor id>
//
// Signs in as the mentee and subscribes to mentorshipRequestUpdated. The server closes the socket with
// 4403 when the access token expires; graphql-ws reconnects, reading connectionParams afresh, and
// resubscribes. Once reconnected it prints {"phase":"reconnected"} and waits for a line on standard input —
// the test sends it once the server holds the subscription again. Then it sends a request to the mentor
// and waits for its update. Prints one JSON line with the close codes seen, the number of connections and
// refreshes and the updates received, and exits 0; exits 1 with a message on standard error when
// something is missing or takes longer than a minute.
import { createApolloClient } from "./apollo.mjs";
import { ON_REQUEST_UPDATED, REFRESH_TOKENS, SEND, SIGN_IN } from "./operations.mjs";
import { fail, giveUpAfter, lineFromStandardInput, mutate, report } from "./support.mjs";

const [url, email, password, mentorId] = process.argv.slice(2);
if (!mentorId) {
  fail("usage: node e2e/token-refresh.mjs <url> <mentee email> <mentee password> <mentor id>");
}
giveUpAfter(60);

const anonymous = createApolloClient(url, null);
const session = (await mutate(anonymous.client, SIGN_IN, { email, password }, "signIn")).tokens;
let refreshing = null;
let refreshes = 0;

const closeCodes = [];
let connections = 0;
let onReconnected;
const reconnected = new Promise((resolve) => (onReconnected = resolve));
const mentee = createApolloClient(url, currentToken, {
  connected: () => ++connections === 2 && onReconnected(),
  closed: (event) => closeCodes.push(event.code),
});

const events = [];
let onEvent = () => {};
mentee.client.subscribe({ query: ON_REQUEST_UPDATED }).subscribe({
  next(result) {
    if (result.error) {
      fail(`the subscription failed: ${result.error.message}`);
    }
    const request = result.data.mentorshipRequestUpdated;
    events.push({ id: request.id, status: request.status });
    onEvent();
  },
  error: (error) => fail(`the subscription failed: ${error.message}`),
});

await reconnected;
report({ phase: "reconnected" });
await lineFromStandardInput();

const sent = (await mutate(mentee.client, SEND, { mentorId, message: null }, "sendMentorshipRequest")).request;
await new Promise((resolve) => {
  onEvent = () => events.some((e) => e.id === sent.id) && resolve();
  onEvent();
});

report({ closeCodes, connections, refreshes, events, requestId: sent.id });
await Promise.all([mentee.dispose(), anonymous.dispose()]);
process.exit(0);

/** The access token, refreshed first when less than a second of it is left; one refresh at a time, as a spent refresh token must never be reused. */
async function currentToken() {
  if (Date.parse(session.accessTokenExpiresAt) - Date.now() < 1000) {
    refreshing ??= mutate(anonymous.client, REFRESH_TOKENS, { refreshToken: session.refreshToken }, "refreshTokens")
      .then((payload) => {
        Object.assign(session, payload.tokens);
        refreshes++;
      })
      .finally(() => (refreshing = null));
    await refreshing;
  }
  return session.accessToken;
}
