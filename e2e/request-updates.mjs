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
import { createInterface } from "node:readline";
import { CombinedGraphQLErrors, gql } from "@apollo/client";
import { createApolloClient } from "./apollo.mjs";

const REQUEST_FIELDS = gql`
  fragment RequestFields on MentorshipRequest {
    id
    status
    message
    createdAt
    respondedAt
    mentor {
      id
      profile {
        displayName
      }
    }
    mentee {
      id
      profile {
        displayName
      }
    }
  }
`;

const ERROR_FIELDS = gql`
  fragment ErrorFields on Error {
    message
    code
  }
`;

const ON_REQUEST_UPDATED = gql`
  subscription OnMentorshipRequestUpdated {
    mentorshipRequestUpdated {
      ...RequestFields
    }
  }
  ${REQUEST_FIELDS}
`;

const ME = gql`
  query Me {
    me {
      id
    }
  }
`;

const SEND = gql`
  mutation SendMentorshipRequest($input: SendMentorshipRequestInput!) {
    sendMentorshipRequest(input: $input) {
      request {
        ...RequestFields
      }
      errors {
        ...ErrorFields
      }
    }
  }
  ${REQUEST_FIELDS}
  ${ERROR_FIELDS}
`;

const ACCEPT = gql`
  mutation AcceptMentorshipRequest($input: AcceptMentorshipRequestInput!) {
    acceptMentorshipRequest(input: $input) {
      request {
        ...RequestFields
      }
      errors {
        ...ErrorFields
      }
    }
  }
  ${REQUEST_FIELDS}
  ${ERROR_FIELDS}
`;

const WITHDRAW = gql`
  mutation WithdrawMentorshipRequest($input: WithdrawMentorshipRequestInput!) {
    withdrawMentorshipRequest(input: $input) {
      request {
        ...RequestFields
      }
      errors {
        ...ErrorFields
      }
    }
  }
  ${REQUEST_FIELDS}
  ${ERROR_FIELDS}
`;

const [url, menteeToken, mentorToken, outsiderToken, otherMentorToken] = process.argv.slice(2);
if (!otherMentorToken) {
  fail("usage: node e2e/request-updates.mjs <url> <mentee token> <mentor token> <outsider token> <other mentor token>");
}

setTimeout(() => fail("gave up after 60 s"), 60_000).unref();

const mentee = subscriber("mentee", menteeToken);
const mentor = subscriber("mentor", mentorToken);
const outsider = subscriber("outsider", outsiderToken);
const otherMentor = createApolloClient(url, otherMentorToken);
const anonymous = createApolloClient(url, null);

const mentorId = await myId(mentor.apollo.client);
const otherMentorId = await myId(otherMentor.client);
const anonymousCodes = await refusalCodes(anonymous.client);

console.log(JSON.stringify({ phase: "subscribed" }));
await lineFromStandardInput();

const sent = await mutate(mentee.apollo.client, SEND, { mentorId, message: "Could you help me with GraphQL?" }, "sendMentorshipRequest");
await Promise.all([mentee.received(sent.id, "PENDING"), mentor.received(sent.id, "PENDING")]);
await mutate(mentor.apollo.client, ACCEPT, { requestId: sent.id }, "acceptMentorshipRequest");
await Promise.all([mentee.received(sent.id, "ACCEPTED"), mentor.received(sent.id, "ACCEPTED")]);

const own = await mutate(outsider.apollo.client, SEND, { mentorId: otherMentorId, message: null }, "sendMentorshipRequest");
await outsider.received(own.id, "PENDING");
await mutate(outsider.apollo.client, WITHDRAW, { requestId: own.id }, "withdrawMentorshipRequest");
await outsider.received(own.id, "WITHDRAWN");

console.log(JSON.stringify({
  anonymous: anonymousCodes,
  mentee: mentee.events,
  mentor: mentor.events,
  outsider: outsider.events,
}));
await Promise.all([mentee, mentor, outsider].map((s) => s.apollo.dispose()).concat(otherMentor.dispose(), anonymous.dispose()));
process.exit(0);

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

async function mutate(client, mutation, input, field) {
  const { data } = await client.mutate({ mutation, variables: { input } });
  const payload = data[field];
  if (payload.errors?.length) {
    fail(`${field} refused: ${JSON.stringify(payload.errors)}`);
  }
  return payload.request;
}

function lineFromStandardInput() {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    lines.once("line", () => {
      lines.close();
      resolve();
    });
  });
}

function fail(message) {
  console.error(`request-updates: ${message}`);
  process.exit(1);
}
