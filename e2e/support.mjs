// What the end-to-end scripts share: how they fail, how they wait for the test, and running a mutation.
import { basename } from "node:path";
import { createInterface } from "node:readline";

const script = basename(process.argv[1]);

/** Ends the script with exit code 1 and the reason on standard error. */
export function fail(message) {
  console.error(`${script}: ${message}`);
  process.exit(1);
}

/** Fails the script if it is still running after `seconds`. */
export function giveUpAfter(seconds) {
  setTimeout(() => fail(`gave up after ${seconds} s`), seconds * 1000).unref();
}

/** Writes one JSON line for the test to read. */
export function report(value) {
  console.log(JSON.stringify(value));
}

/** Resolves when the test writes a line to standard input: its go-ahead. */
export function lineFromStandardInput() {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    lines.once("line", () => {
      lines.close();
      resolve();
    });
  });
}

/** Runs a mutation with `input` and returns its payload; a payload error fails the script. */
export async function mutate(client, mutation, input, field) {
  const { data } = await client.mutate({ mutation, variables: { input } });
  const payload = data[field];
  if (payload.errors?.length) {
    fail(`${field} refused: ${JSON.stringify(payload.errors)}`);
  }
  return payload;
}

/**
 * Collects what is written with console.warn, where Apollo Client's development build reports cache problems such as
 * "Cache data may be lost when replacing the profile field of a User object". Those warnings only exist under
 * Node's `development` export condition (node --conditions=development), as in a web app's development build.
 */
export function captureWarnings() {
  const warnings = [];
  console.warn = (...args) => warnings.push(args.map(String).join(" "));
  return warnings;
}
