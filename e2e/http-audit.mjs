// The GraphQL-over-HTTP specification's own audit (graphql-http's serverAudits) against a running server.
// Usage: node http-audit.mjs <graphql endpoint URL>
// Runs every audit, one after another, and writes one JSON line: [{ id, name, status, reason }], where status is
// "ok", or "warn" / "error" for a failed SHOULD or MAY / MUST.
import { serverAudits } from "graphql-http";
import { fail, giveUpAfter, report } from "./support.mjs";

const [url] = process.argv.slice(2);
if (!url) {
  fail("usage: node http-audit.mjs <graphql endpoint URL>");
}

giveUpAfter(120);
const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}

report(results);
