// The entry point VS Code's extension host loads for the integration suites (--extensionTestsPath). It finds
// every compiled `*.test.js` beside it (recursively), runs them with mocha's bdd UI, and prints one summary
// line that scripts/test.mjs reads: `integration: N passing, N failing, N pending`. It must reject when any
// test fails, because that rejection is what turns into VS Code's non-zero exit code.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import Mocha from "mocha";

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: "bdd",
    // The web workbench's log channel shows escape codes literally.
    color: false,
    // Activation and the first diagnostics can take seconds on a busy two-core machine.
    timeout: Number(process.env.COPYDESK_INTEGRATION_TIMEOUT_MS || 30_000),
    grep: process.env.COPYDESK_INTEGRATION_GREP || undefined,
  });
  const files = (readdirSync(__dirname, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".test.js"))
    .sort();
  for (const f of files) mocha.addFile(join(__dirname, f));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats;
        console.log(`integration: ${s?.passes ?? 0} passing, ${s?.failures ?? failures} failing, ${s?.pending ?? 0} pending`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else if (files.length === 0) reject(new Error(`no *.test.js files found in ${__dirname}`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
