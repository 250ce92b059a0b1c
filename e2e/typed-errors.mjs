// A typed error through Apollo Client: signUp with an email already taken answers an EmailTakenError in the
// payload's `errors` union, selected with the client's `...ErrorFields on Error`.
//
//   node e2e/typed-errors.mjs <http url of /graphql> <an email already taken>
//
// Signs up twice with that email: through the web app's wiring (apollo.mjs, whose cache knows the generated
// possibleTypes) and through a client with a plain `new InMemoryCache()`. Prints one JSON line with the error each
// read, { wired, plain }, and exits 0; exits 1 with a message on standard error when a request fails.
import { InMemoryCache } from "@apollo/client";
import { createApolloClient } from "./apollo.mjs";
import { SIGN_UP } from "./operations.mjs";
import { fail, giveUpAfter, report } from "./support.mjs";

const [url, email] = process.argv.slice(2);
if (!email) {
  fail("usage: node e2e/typed-errors.mjs <url> <taken email>");
}
giveUpAfter(60);

const input = { email, password: "a long enough password", displayName: "Second account", role: "MENTEE" };
const errors = {};
for (const [name, cache] of [["wired", undefined], ["plain", new InMemoryCache()]]) {
  const apollo = createApolloClient(url, null, {}, cache);
  const { data } = await apollo.client
    .mutate({ mutation: SIGN_UP, variables: { input } })
    .catch((error) => fail(`signUp failed (${name}): ${error.message}`));
  errors[name] = data.signUp.errors;
  await apollo.dispose();
}

report(errors);
process.exit(0);
