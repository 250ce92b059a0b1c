// Mentorship request updates through Apollo Client and graphql-ws, as the web app receives them.
//
//   node e2e/request-updates.mjs <http url of /graphql> <mentee token> <mentor token> <outsider mentee token> <other mentor token>
//
// Subscribes the mentee, the mentor and the outsider to mentorshipRequestUpdated (and an anonymous client,
// which must be refused), prints {"phase":"subscribed"} and waits for a line on standard input — the test
// sends it once the server holds the subscriptions. Then the mentee sends a request and the mentor accepts
// it; the outsider sends a request of its own to the other mentor and withdraws it. Prints one JSON line
// with what each subscriber received, and exits 0; exits 1 with a message on standard error when
// something is missing or takes longer than a minute.
import { CombinedGraphQLErrors } from "@apollo/client";
import { createApolloClient } from "./apollo.mjs";
import { ACCEPT, ME, ON_REQUEST_UPDATED, SEND, WITHDRAW } from "./operations.mjs";
import { fail, giveUpAfter, lineFromStandardInput, mutate, report } from "./support.mjs";

const [url, menteeToken, mentorToken, outsiderToken, otherMentorToken] = process.argv.slice(2);
if (!otherMentorToken) {
  fail("usage: node e2e/request-updates.mjs <url> <mentee token> <mentor token> <outsider token> <other mentor token>");
}
giveUpAfter(60);

const mentee = subscriber("mentee", menteeToken);
const mentor = subscriber("mentor", mentorToken);
const outsider = subscriber("outsider", outsiderToken);
const otherMentor = createApolloClient(url, otherMentorToken);
const anonymous = createApolloClient(url, null);

const mentorId = await myId(mentor.apollo.client);
const otherMentorId = await myId(otherMentor.client);
const anonymousCodes = await refusalCodes(anonymous.client);

report({ phase: "subscribed" });
await lineFromStandardInput();

const sent = (await mutate(mentee.apollo.client, SEND, { mentorId, message: "Could you help me with GraphQL?" }, "sendMentorshipRequest")).request;
await Promise.all([mentee.received(sent.id, "PENDING"), mentor.received(sent.id, "PENDING")]);
await mutate(mentor.apollo.client, ACCEPT, { requestId: sent.id }, "acceptMentorshipRequest");
await Promise.all([mentee.received(sent.id, "ACCEPTED"), mentor.received(sent.id, "ACCEPTED")]);

const own = (await mutate(outsider.apollo.client, SEND, { mentorId: otherMentorId, message: null }, "sendMentorshipRequest")).request;
await outsider.received(own.id, "PENDING");
await mutate(outsider.apollo.client, WITHDRAW, { requestId: own.id }, "withdrawMentorshipRequest");
await outsider.received(own.id, "WITHDRAWN");

report({ anonymous: anonymousCodes, mentee: mentee.events, mentor: mentor.events, outsider: outsider.events });
await Promise.all([mentee.apollo, mentor.apollo, outsider.apollo, otherMentor, anonymous].map((apollo) => apollo.dispose()));
process.exit(0);

/** A signed-in client subscribed to request updates, keeping what arrives. */
function subscriber(name, token) {
  const apollo = createApolloClient(url, token);
  const events = [];
  const waiters = [];
  apollo.client.subscribe({ query: ON_REQUEST_UPDATED }).subscribe({
    next(result) {
      if (result.error) {
        fail(`${name}'s subscription failed: ${result.error.message}`);
      }
      const request = result.data.mentorshipRequestUpdated;
      events.push({ id: request.id, status: request.status, menteeId: request.mentee.id, mentorId: request.mentor.id });
      for (const waiter of waiters.splice(0)) {
        waiter();
      }
    },
    error(error) {
      fail(`${name}'s subscription failed: ${error.message}`);
    },
  });
  return {
    apollo,
    events,
    received(id, status) {
      const arrived = () => events.some((e) => e.id === id && e.status === status);
      return new Promise((resolve) => {
        const check = () => (arrived() ? resolve() : waiters.push(check));
        check();
      });
    },
  };
}

async function myId(client) {
  const { data } = await client.query({ query: ME });
  return data.me.id;
}

/** The error codes an anonymous subscription is refused with. */
function refusalCodes(client) {
  return new Promise((resolve) => {
    const codesOf = (error) =>
      CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.extensions?.code ?? null) : [`not a GraphQL error: ${error?.message}`];
    client.subscribe({ query: ON_REQUEST_UPDATED }).subscribe({
      next: (result) => resolve(result.error ? codesOf(result.error) : ["received data"]),
      error: (error) => resolve(codesOf(error)),
      complete: () => resolve(["completed without an error"]),
    });
  });
}
