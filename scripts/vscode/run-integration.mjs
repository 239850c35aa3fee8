#!/usr/bin/env node
// Runs the integration suites (out/test/integration/index.js) in a real VS Code with the standard harness,
// @vscode/test-electron's runTests(). The "VS Code executable" is a desktop Code when COPYDESK_VSCODE names
// one, and otherwise scripts/vscode/code-server-launcher.mjs, which runs the same suite in code-server and
// headless Chromium. Each run gets a fresh profile and a scratch copy of test/fixtures as its workspace, so
// tests never write into the repository. Exits with the suite's exit code.
//   node scripts/vscode/run-integration.mjs      (after node scripts/build.mjs)
import { runTests } from "@vscode/test-electron";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const testsPath = join(root, "out/test/integration/index.js");
if (!existsSync(testsPath)) {
  console.error(`run-integration: ${testsPath} is missing; build first: node scripts/build.mjs`);
  process.exit(2);
}
if (!existsSync(join(root, "dist/extension.js"))) {
  console.error("run-integration: dist/extension.js is missing; the extension has not been built (node scripts/build.mjs)");
  process.exit(2);
}

const desktop = process.env.COPYDESK_VSCODE;
const launcher = join(here, "code-server-launcher.mjs");
if (!desktop) chmodSync(launcher, 0o755);

const scratch = mkdtempSync(join(tmpdir(), "copydesk-it-"));
const workspace = join(scratch, "workspace");
mkdirSync(workspace);
if (existsSync(join(root, "test/fixtures"))) cpSync(join(root, "test/fixtures"), workspace, { recursive: true });

let code = 0;
try {
  code = await runTests({
    vscodeExecutablePath: desktop || launcher,
    extensionDevelopmentPath: root,
    extensionTestsPath: testsPath,
    launchArgs: [workspace, `--user-data-dir=${join(scratch, "user")}`, `--extensions-dir=${join(scratch, "extensions")}`, "--disable-extensions"],
    extensionTestsEnv: { COPYDESK_INTEGRATION: "1" },
  });
} catch (err) {
  code = typeof err?.code === "number" ? err.code : 1;
  console.error(`run-integration: ${err?.message || err}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
