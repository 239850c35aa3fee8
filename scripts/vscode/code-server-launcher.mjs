#!/usr/bin/env node
// Stands in for a desktop VS Code executable when running extension tests on a machine that has none.
// @vscode/test-electron's runTests() spawns it with the usual Code command line
//   [folder] --extensionDevelopmentPath=P --extensionTestsPath=T [--user-data-dir=U] [--extensions-dir=E] ...
// and this script runs that suite in a real VS Code: code-server opened in headless Chromium, the suite in
// code-server's Node extension host. It prints the suite's output and exits with the suite's exit code.
// It must always take code-server and Chromium down with it: on success, failure, signal or timeout.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { format } from "node:util";
import { launchChromium, remoteUri, startCodeServer } from "./code-server.mjs";

const TIMEOUT_S = Number(process.env.COPYDESK_VSCODE_TIMEOUT || 600);
const VERBOSE = !!process.env.COPYDESK_VSCODE_VERBOSE;

// The workbench's own start-up chatter, which arrives on the same channel as the suite's console output.
const WORKBENCH_NOISE = [/^Resolv(ing|ed) connection token/, /^Creating a socket/, /^ChatSessionStore:/,
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/, /^\[Service Worker\]/];

// Flags a desktop Code takes that mean nothing here (sandbox, updates, welcome pages).
const IGNORED = new Set(["no-sandbox", "disable-gpu-sandbox", "disable-updates", "skip-welcome", "skip-release-notes",
  "disable-workspace-trust", "disable-extensions", "disable-telemetry", "new-window", "wait", "verbose", "crash-reporter-id"]);
const VALUED = new Set(["extensionDevelopmentPath", "extensionTestsPath", "user-data-dir", "extensions-dir", "folder-uri",
  "locale", "log", "crash-reporter-id"]);

function parseArgs(argv) {
  const opts = { extensionDevelopmentPath: [], folders: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) { opts.folders.push(resolve(a)); continue; }
    let [name, value] = a.slice(2).split(/=(.*)/s, 2);
    if (value === undefined && VALUED.has(name)) value = argv[++i];
    if (name === "extensionDevelopmentPath") opts.extensionDevelopmentPath.push(resolve(value));
    else if (name === "extensionTestsPath") opts.extensionTestsPath = resolve(value);
    else if (name === "user-data-dir") opts.userDataDir = resolve(value);
    else if (name === "extensions-dir") opts.extensionsDir = resolve(value);
    else if (name === "folder-uri") opts.folders.push(value.replace(/^file:\/\//, ""));
    else if (!IGNORED.has(name) && !VALUED.has(name)) process.stderr.write(`launcher: ignoring unknown option --${name}\n`);
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
if (!opts.extensionTestsPath) {
  process.stderr.write("launcher: --extensionTestsPath is required (this launcher only runs test suites; see scripts/demo.sh to use the editor)\n");
  process.exit(2);
}
for (const d of [opts.userDataDir, opts.extensionsDir]) if (d) mkdirSync(d, { recursive: true });

let server = null;
let browser = null;
let finished = false;

async function shutdown() {
  const b = browser; browser = null;
  const s = server; server = null;
  await Promise.allSettled([b && b.close(), s && s.stop()]);
}
function finish(code, why) {
  if (finished) return;
  finished = true;
  if (why) process.stderr.write(`launcher: ${why}\n`);
  const hard = setTimeout(() => { server?.stopSync(); process.exit(code); }, 10_000);
  hard.unref();
  shutdown().finally(() => process.exit(code));
}
process.on("SIGINT", () => finish(130, "interrupted"));
process.on("SIGTERM", () => finish(143, "terminated"));
process.on("exit", () => server?.stopSync());
const timer = setTimeout(() => {
  if (server && !VERBOSE) process.stderr.write(`--- code-server output ---\n${server.output()}\n---\n`);
  finish(124, `TIMEOUT: the integration run did not finish within ${TIMEOUT_S} s (set COPYDESK_VSCODE_TIMEOUT to change)`);
}, TIMEOUT_S * 1000);
timer.unref();

try {
  const t0 = Date.now();
  server = await startCodeServer({ userDataDir: opts.userDataDir, extensionsDir: opts.extensionsDir, echo: VERBOSE });
  const port = server.port;
  if (VERBOSE) process.stderr.write(`launcher: code-server on 127.0.0.1:${port} in ${Date.now() - t0} ms\n`);
  const payload = [
    ...opts.extensionDevelopmentPath.map((p) => ["extensionDevelopmentPath", remoteUri(port, p)]),
    ["extensionTestsPath", remoteUri(port, opts.extensionTestsPath)],
  ];
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const exitCode = new Promise((ok) => page.exposeFunction("codeAutomationExit", (code) => ok(Number(code))));
  await page.exposeFunction("codeAutomationLog", (level, args) => {
    const text = Array.isArray(args) ? format(...args) : String(args);
    if (!VERBOSE && WORKBENCH_NOISE.some((re) => re.test(text))) return;
    (level === "error" || level === "warn" ? process.stderr : process.stdout).write(text.endsWith("\n") ? text : text + "\n");
  });
  page.on("pageerror", (err) => { if (VERBOSE) process.stderr.write(`page error: ${err.message}\n`); });
  if (VERBOSE) page.on("console", (m) => process.stderr.write(`console.${m.type()}: ${m.text()}\n`));
  page.on("crash", () => finish(1, "the browser page crashed"));
  await page.goto(server.url({ folder: opts.folders[0], payload }), { waitUntil: "domcontentloaded" });
  const code = await exitCode;
  if (code !== 0 && !VERBOSE) process.stderr.write(`--- code-server output (last lines) ---\n${server.output().split("\n").slice(-40).join("\n")}\n---\n`);
  finish(code);
} catch (err) {
  if (server && !VERBOSE) process.stderr.write(`--- code-server output ---\n${server.output()}\n---\n`);
  finish(1, `failed: ${err?.stack || err}`);
}
