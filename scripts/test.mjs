#!/usr/bin/env node
// Runs every test stage and sums them up: unit and acceptance tests (node:test, compiled into out/test/) and
// the integration suites in a real VS Code (scripts/vscode/run-integration.mjs). Each stage's output is shown
// as it runs, with its wall time; the last line of output is exactly `N passed, N failed, N skipped`.
// Exits non-zero when any test failed or any stage crashed (a crashed stage counts as one failure), so a
// broken harness can never pass as "0 failed".
//   node scripts/test.mjs              build, then run all stages
//   node scripts/test.mjs --no-build   run on what out/ and dist/ already hold (scripts/test.sh builds first)
//   node scripts/test.mjs unit acceptance integration   run only the named stages
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const build = !args.includes("--no-build");
const named = args.filter((a) => !a.startsWith("--"));
const wanted = (stage) => named.length === 0 || named.includes(stage);
const STAGE_TIMEOUT_MS = Number(process.env.COPYDESK_STAGE_TIMEOUT_S || 900) * 1000;

let interrupted = false;
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => { interrupted = true; });
const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];
const scratch = mkdtempSync(join(tmpdir(), "copydesk-test-"));

/** Runs a command with its output passed through (and kept), killing its whole process group on timeout. */
function run(cmd, argv, { env } = {}) {
  return new Promise((ok) => {
    const child = spawn(cmd, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let out = "";
    child.stdout.on("data", (d) => { out += d; process.stdout.write(d); });
    child.stderr.on("data", (d) => { out += d; process.stderr.write(d); });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, "SIGTERM"); } catch {}
      setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch {} }, 10_000).unref();
    }, STAGE_TIMEOUT_MS);
    const kill = () => { try { process.kill(-child.pid, "SIGTERM"); } catch {} };
    process.on("SIGINT", kill);
    process.on("SIGTERM", kill);
    child.on("error", (err) => { out += String(err); });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      process.off("SIGINT", kill);
      process.off("SIGTERM", kill);
      ok({ code: code ?? 1, signal, out, timedOut });
    });
  });
}

function findTests(dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true })
    .filter((f) => f.endsWith(".test.js"))
    .map((f) => join(dir, f))
    .sort();
}

async function stage(name, fn) {
  if ((name !== "build" && !wanted(name)) || interrupted) return;
  console.log(`\n=== ${name} ===`);
  const t0 = Date.now();
  let r;
  try {
    r = await fn();
  } catch (err) {
    r = { passed: 0, failed: 0, skipped: 0, crashed: String(err?.stack || err) };
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.crashed) r.failed += 1;
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
  const line = r.note ?? `${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`;
  report.push(`  ${name.padEnd(12)} ${line}${r.crashed ? ` (CRASHED: ${r.crashed})` : ""}  [${secs} s]`);
  console.log(`--- ${name}: ${secs} s${r.crashed ? ` — CRASHED: ${r.crashed}` : ""}`);
}

/** node:test on the given compiled files; counts come from a TAP copy of the report. */
async function nodeTest(name, files) {
  if (files.length === 0) return { passed: 0, failed: 0, skipped: 0, note: "no test files" };
  const tap = join(scratch, `${name}.tap`);
  const r = await run(process.execPath, [
    "--test", "--test-reporter=spec", "--test-reporter-destination=stdout",
    "--test-reporter=tap", `--test-reporter-destination=${tap}`, ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, "utf8") : "";
  const count = (key) => {
    const m = [...text.matchAll(new RegExp(`^# ${key} (\\d+)$`, "gm"))].pop();
    return m ? Number(m[1]) : null;
  };
  const pass = count("pass"), fail = count("fail");
  if (pass === null || fail === null) {
    return { passed: 0, failed: 0, skipped: 0, crashed: r.timedOut ? "timed out" : `node --test exited ${r.code} without a summary` };
  }
  const res = { passed: pass, failed: fail + (count("cancelled") ?? 0), skipped: (count("skipped") ?? 0) + (count("todo") ?? 0) };
  if (r.code !== 0 && res.failed === 0) res.crashed = r.timedOut ? "timed out" : `node --test exited ${r.code}`;
  return res;
}

try {
  if (build) {
    await stage("build", async () => {
      const r = await run(process.execPath, ["scripts/build.mjs"]);
      return r.code === 0 ? { passed: 0, failed: 0, skipped: 0, note: "ok" } : { passed: 0, failed: 0, skipped: 0, crashed: `build exited ${r.code}` };
    });
  }
  await stage("unit", () => nodeTest("unit", findTests("out/test/unit")));
  await stage("acceptance", () => nodeTest("acceptance", findTests("out/test/acceptance")));
  await stage("integration", async () => {
    const r = await run(process.execPath, ["scripts/vscode/run-integration.mjs"]);
    const m = [...r.out.matchAll(/^integration: (\d+) passing, (\d+) failing, (\d+) pending$/gm)].pop();
    if (!m) return { passed: 0, failed: 0, skipped: 0, crashed: r.timedOut ? "timed out" : `no result from VS Code (exit ${r.code})` };
    const res = { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3]) };
    if (r.code !== 0 && res.failed === 0) res.crashed = `VS Code exited ${r.code}`;
    return res;
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`\n=== summary (${relative(process.cwd(), root) || "."}) ===`);
for (const l of report) console.log(l);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(interrupted ? 130 : totals.failed > 0 || report.length === 0 ? 1 : 0);
