// How a web client uses the generated code (generated/graphql.ts, and generated/possible-types.js through cache.mjs)
// with Apollo Client. Never run: `tsc --strict` checks it with the generated types, so a schema or operation change
// that breaks code like this fails the tests.
import { ApolloClient, HttpLink } from "@apollo/client";
import { createCache } from "./cache.mjs";
import {
  MentorsDocument,
  SignUpDocument,
  type MentorCardFragment,
  type MentorOrder,
  type SignUpMutation,
} from "./generated/graphql.js";

// The cache as the web app sets it up: the generated possibleTypes, merged Profile and MentorRating, paged mentors.
export const client = new ApolloClient({
  link: new HttpLink({ uri: "http://localhost:5000/graphql" }),
  cache: createCache(),
});

/** One page of mentor cards: the result and the variables are typed by the operation. */
export async function mentorNames(order: MentorOrder, after: string | null): Promise<string[]> {
  const { data } = await client.query({ query: MentorsDocument, variables: { first: 20, after, order } });
  const cards: MentorCardFragment[] = data?.mentors.edges.map((edge) => edge.node) ?? [];
  return cards.map((card) => `${card.profile.displayName} (${card.rating?.average ?? "unrated"})`);
}

/** A sign-up's refusals, narrowed by their type: every error has `message` and `code`, some have more. */
export async function signUpRefusals(email: string, password: string): Promise<string[]> {
  const { data } = await client.mutate({
    mutation: SignUpDocument,
    variables: { input: { email, password, displayName: "New user", role: "MENTEE" } },
  });
  return (data?.signUp.errors ?? []).map((error) =>
    error.__typename === "InvalidInputError" ? `${error.code} on ${error.field}: ${error.message}` : `${error.code}: ${error.message}`,
  );
}

/** Instants (`DateTime`) arrive as ISO-8601 strings. */
export function createdAt(payload: SignUpMutation): Date | null {
  return payload.signUp.user ? new Date(payload.signUp.user.createdAt) : null;
}

export async function misuse(): Promise<void> {
  // @ts-expect-error `first` is an Int, so a string is refused at compile time.
  await client.query({ query: MentorsDocument, variables: { first: "20" } });
  // @ts-expect-error `NEWEST_FIRST` is not a MentorOrder.
  await client.query({ query: MentorsDocument, variables: { order: "NEWEST_FIRST" } });
}
