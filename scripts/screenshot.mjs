#!/usr/bin/env node
// Takes the README's screenshot (media/screenshot.png, 1280x800) in a real VS Code: packages the current
// build into a .vsix, installs it into a fresh code-server profile, opens two versions of the example story
// side by side in headless Chromium, waits for Copydesk's squiggles, opens the Problems panel and hovers a
// finding. Fails (exit 1) rather than save a picture without diagnostics in it.
//   node scripts/build.mjs && node scripts/screenshot.mjs [--out FILE] [--left FILE] [--right FILE]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { codeServerCli, launchChromium, makeTempDir, remoteUri, ROOT, startCodeServer } from "./vscode/code-server.mjs";

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const out = resolve(opt("out", join(ROOT, "media/screenshot.png")));
const examples = join(ROOT, "examples");
const left = resolve(examples, opt("left", "eastgate-library-wire.txt"));
const right = resolve(examples, opt("right", "eastgate-library-republished.md"));
const log = (m) => console.log(`screenshot: ${m}`);

if (!existsSync(join(ROOT, "dist/extension.js"))) {
  console.error("screenshot: dist/extension.js is missing; build first (node scripts/build.mjs)");
  process.exit(2);
}

const scratch = makeTempDir("copydesk-shot-");
const vsix = join(scratch, "copydesk.vsix");
let server, browser;
const cleanup = async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
  execFileSync("rm", ["-rf", scratch]);
};
process.on("SIGINT", () => cleanup().finally(() => process.exit(130)));
const hard = setTimeout(() => { console.error("screenshot: timed out after 180 s"); server?.stopSync(); process.exit(1); }, 180_000);
hard.unref();

async function waitFor(page, what, fn, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(200);
  }
}

async function runCommand(page, title) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input.input");
  await input.waitFor({ state: "visible" });
  await input.fill(`>${title}`);
  await page.waitForTimeout(400);
  await page.keyboard.press("Enter");
  await page.waitForTimeout(400);
}

async function openFile(page, file, { toSide = false } = {}) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input.input");
  await input.waitFor({ state: "visible" });
  await input.fill(basename(file));
  await page.locator(".quick-input-list .monaco-list-row").first().waitFor({ state: "visible" });
  await page.waitForTimeout(300);
  // Ctrl+Enter in Quick Open opens the file in a new editor group to the right.
  await page.keyboard.press(toSide ? "Control+Enter" : "Enter");
  await page.locator(`.tab[data-resource-name="${basename(file)}"]`).first().waitFor({ state: "visible" });
}

try {
  log("packaging the current build");
  execFileSync(process.execPath, [join(ROOT, "node_modules/@vscode/vsce/vsce"), "package", "--no-dependencies", "-o", vsix],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const userDataDir = join(scratch, "user");
  const extensionsDir = join(scratch, "extensions");
  mkdirSync(userDataDir);
  mkdirSync(extensionsDir);
  await codeServerCli(["--install-extension", vsix, "--force"], { userDataDir, extensionsDir });

  server = await startCodeServer({
    userDataDir, extensionsDir,
    settings: {
      "editor.wordWrap": "on",
      "editor.minimap.enabled": false,
      "workbench.secondarySideBar.defaultVisibility": "hidden",
      "workbench.layoutControl.enabled": false,
      "window.commandCenter": false,
      "breadcrumbs.enabled": false,
      "editor.hover.delay": 200,
      "editor.occurrencesHighlight": "off",
      "editor.selectionHighlight": false,
      "editor.lightbulb.enabled": "off",
    },
  });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  log(`opening ${basename(left)} and ${basename(right)}`);
  await page.goto(server.url({ folder: examples }), { waitUntil: "domcontentloaded" });
  await page.locator(".monaco-workbench .explorer-folders-view .monaco-list-row").first().waitFor({ state: "visible", timeout: 60_000 });
  await page.waitForTimeout(1000);

  await openFile(page, left);
  await openFile(page, right, { toSide: true });

  log("waiting for Copydesk's diagnostics");
  const squiggles = ".monaco-editor [class*='squiggly-']";
  await waitFor(page, "squiggles in both editors", async () => {
    const counts = await page.locator(".editor-group-container").evaluateAll((groups, sel) =>
      groups.map((g) => g.querySelectorAll(sel.replace(".monaco-editor ", "")).length), squiggles);
    return counts.length >= 2 && counts.every((n) => n > 0);
  }, 60_000);

  await runCommand(page, "View: Focus Problems");
  await page.locator(".markers-panel .monaco-list-row").first().waitFor({ state: "visible" });
  // A shorter panel leaves more of the two stories in the picture: drag its top edge down.
  const panel = await page.locator(".part.panel").boundingBox();
  if (panel) {
    await page.mouse.move(panel.x + panel.width / 2, panel.y - 1);
    await page.mouse.down();
    await page.mouse.move(panel.x + panel.width / 2, panel.y + 90, { steps: 8 });
    await page.mouse.up();
  }
  await page.waitForTimeout(500);

  // Hover the lowest squiggle in view of the right-hand editor, so the hover opens above it and leaves the
  // top of the story readable.
  const findTarget = () => page.locator(`.editor-group-container >> nth=1 >> [class*='squiggly-']`).evaluateAll((els) => {
    const view = els[0]?.closest(".monaco-editor")?.getBoundingClientRect();
    if (!view) return null;
    const boxes = els.map((e) => e.getBoundingClientRect())
      .filter((b) => b.width > 8 && b.top > view.top + 200 && b.bottom < view.bottom - 10);
    boxes.sort((a, b) => b.top - a.top || a.left - b.left);
    const b = boxes[0];
    return b && { x: b.left + Math.min(b.width / 2, 40), y: b.top + b.height / 2 };
  });
  let target = await findTarget();
  const revealed = !target;
  // None in view: let the Problems panel reveal findings one by one until a usable squiggle shows.
  const rows = page.locator(".markers-panel .monaco-list-row:has(.marker-icon)");
  for (let i = 0; !target && i < Math.min(8, await rows.count()); i++) {
    await rows.nth(i).click();
    await page.waitForTimeout(600);
    target = await findTarget();
  }
  if (!target) throw new Error("no squiggle in view to hover");
  // Revealing from the Problems panel selects the finding's text; a click there puts back a plain cursor.
  if (revealed) await page.mouse.click(target.x + 20, target.y);
  await page.mouse.move(target.x - 30, target.y);
  await page.mouse.move(target.x, target.y, { steps: 5 });
  await page.locator(".monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .hover-row").first()
    .waitFor({ state: "visible", timeout: 10_000 });
  await page.waitForTimeout(500);

  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  log(`saved ${out}`);
  await cleanup();
  process.exit(0);
} catch (err) {
  console.error(`screenshot: failed: ${err?.stack || err}`);
  try { await browser?.contexts()[0]?.pages()[0]?.screenshot({ path: "/tmp/copydesk-screenshot-failed.png" }); } catch {}
  await cleanup();
  process.exit(1);
}
