// Runs codegen.ts in memory and compares its output with the committed files under generated/.
// Usage: node codegen-check.mjs
// Writes one JSON line: { files: [names generated], stale: [names whose committed file differs or is missing] },
// and exits 0; exits 1 with the reason on standard error when generation fails (an operation the schema no longer
// accepts, a scalar without a mapping, …).
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { fail, giveUpAfter, report } from "./support.mjs";

giveUpAfter(120);
const here = dirname(fileURLToPath(import.meta.url));
process.chdir(here);

let outputs;
try {
  const { config } = await loadCodegenConfig({ configFilePath: resolve(here, "codegen.ts") });
  outputs = await generate({ ...config, cwd: here, silent: true }, false);
} catch (error) {
  fail(`generation failed: ${error?.message ?? error}`);
}

const stale = [];
for (const output of outputs) {
  const committed = await readFile(resolve(here, output.filename), "utf8").catch(() => null);
  if (committed !== output.content) {
    stale.push(output.filename);
  }
}

report({ files: outputs.map((output) => output.filename), stale });
