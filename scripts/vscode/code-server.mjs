// Runs a real VS Code on this machine: code-server (VS Code for the web, its extension host on the system
// Node) driven by Debian's Chromium through playwright-core. Shared by the test launcher, the demo and the
// screenshot script. It must never leave a code-server or a browser running after its caller is done, and
// never listen on anything but 127.0.0.1.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CODE_SERVER_VERSION = "4.99.3";
export const CODE_SERVER_BIN = join(ROOT, ".vscode-test/code-server/node_modules/code-server/out/node/entry.js");
export const CHROMIUM = process.env.COPYDESK_CHROMIUM || "/usr/bin/chromium";
export const HOST = "127.0.0.1";

// Without the background-networking flags Chromium keeps dialing hosts this closed network refuses.
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-dev-shm-usage",
];

// Settings that keep a fresh profile from opening welcome pages, asking for trust or reaching for updates.
export const QUIET_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "git.enabled": false,
  "chat.commandCenter.enabled": false,
};

export function assertInstalled() {
  if (!existsSync(CODE_SERVER_BIN)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed at ${CODE_SERVER_BIN}; run: bash scripts/setup.sh`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; run: bash scripts/setup.sh`);
}

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", fail);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

export function makeTempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeUserSettings(userDataDir, extra = {}) {
  const dir = join(userDataDir, "User");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "settings.json"), JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2));
}

/** The address of a workbench opened on `folder`, with an optional development payload. */
export function workbenchUrl(port, { folder, payload } = {}) {
  const params = new URLSearchParams();
  if (folder) params.set("folder", resolve(folder));
  else params.set("ew", "true");
  if (payload && payload.length) params.set("payload", JSON.stringify(payload));
  return `http://${HOST}:${port}/?${params}`;
}

/** A path on this machine as the browser workbench must name it: a file of the remote (code-server) side. */
export function remoteUri(port, absPath) {
  return `vscode-remote://${HOST}:${port}${resolve(absPath)}`;
}

/**
 * Starts code-server and waits until it answers. Resolves to { port, url(opts), stop(), output() }.
 * `port` 0 or missing picks a free one. Output is kept (last 200 lines) and echoed when `echo` is set.
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, settings, echo = false, extraArgs = [] } = {}) {
  assertInstalled();
  port = port || (await freePort());
  const owned = [];
  if (!userDataDir) owned.push((userDataDir = makeTempDir("copydesk-vscode-user-")));
  if (!extensionsDir) owned.push((extensionsDir = makeTempDir("copydesk-vscode-ext-")));
  writeUserSettings(userDataDir, settings);
  // Our own config file, so code-server neither reads nor creates one in the user's home.
  const config = join(userDataDir, "code-server.yaml");
  writeFileSync(config, `bind-addr: ${HOST}:${port}\nauth: none\ncert: false\n`);

  const args = [
    CODE_SERVER_BIN,
    "--config", config,
    "--bind-addr", `${HOST}:${port}`,
    "--auth", "none",
    "--user-data-dir", userDataDir,
    "--extensions-dir", extensionsDir,
    "--disable-workspace-trust",
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-getting-started-override",
    "--ignore-last-opened",
    ...extraArgs,
  ];
  // An empty gallery keeps the workbench from reaching for the marketplace.
  const env = { ...process.env, EXTENSIONS_GALLERY: "{}" };
  delete env.PORT;
  delete env.VSCODE_IPC_HOOK_CLI;
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const lines = [];
  const keep = (stream, sink) => {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      if (echo) sink.write(chunk);
      rest += chunk;
      const parts = rest.split("\n");
      rest = parts.pop();
      for (const l of parts) {
        lines.push(l);
        if (lines.length > 200) lines.shift();
      }
    });
  };
  keep(child.stdout, process.stdout);
  keep(child.stderr, process.stderr);
  let exited = null;
  const exitedP = new Promise((ok) => child.on("exit", (code, signal) => ok((exited = { code, signal }))));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      try { process.kill(-child.pid, "SIGTERM"); } catch {}
      const t = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch {} }, 3000);
      await exitedP;
      clearTimeout(t);
    }
    // The extension host and other helpers share the process group; make sure none outlive code-server.
    try { process.kill(-child.pid, "SIGKILL"); } catch {}
    for (const d of owned) rmSync(d, { recursive: true, force: true });
  };
  const stopSync = () => {
    try { process.kill(-child.pid, "SIGKILL"); } catch {}
    for (const d of owned) { try { rmSync(d, { recursive: true, force: true }); } catch {} }
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${exited.code ?? exited.signal}):\n${lines.join("\n")}`);
    try {
      const res = await fetch(`http://${HOST}:${port}/healthz`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      stopSync();
      throw new Error(`code-server did not answer on ${HOST}:${port} within 60 s:\n${lines.join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    port, pid: child.pid, userDataDir, extensionsDir, exited: exitedP,
    url: (opts) => workbenchUrl(port, opts),
    output: () => lines.join("\n"),
    stop, stopSync,
  };
}

/** Launches headless Chromium with a fresh profile (Playwright's own temporary one). */
export async function launchChromium({ headless = true } = {}) {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless,
    args: CHROMIUM_ARGS.filter((a) => headless || a !== "--headless"),
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
}

/** Runs code-server's own CLI (e.g. --install-extension) against the given profile directories. */
export function codeServerCli(args, { userDataDir, extensionsDir } = {}) {
  assertInstalled();
  return new Promise((ok, fail) => {
    const all = [CODE_SERVER_BIN];
    if (userDataDir) all.push("--user-data-dir", userDataDir);
    if (extensionsDir) all.push("--extensions-dir", extensionsDir);
    const child = spawn(process.execPath, [...all, ...args], { env: { ...process.env, EXTENSIONS_GALLERY: "{}" }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? ok(out) : fail(new Error(`code-server ${args.join(" ")} failed (${code}):\n${out}`))));
  });
}
