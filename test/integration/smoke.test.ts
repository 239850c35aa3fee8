// Smoke test in a real VS Code: the Copydesk extension is installed, activates on its own when a plaintext
// document opens (no explicit activate() call), and registers its commands. Diagnostics have their own suites.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";

const EXTENSION_ID = "copydesk.copydesk";
const COMMANDS = ["copydesk.reviewActiveArticle", "copydesk.compareWith", "copydesk.stopComparing", "copydesk.showOutput"];

async function until(what: string, check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) assert.fail(`timed out after ${ms} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("smoke", () => {
  it("has the Copydesk extension installed", () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    console.log(`    VS Code ${vscode.version}, uiKind=${vscode.UIKind[vscode.env.uiKind]}, remote=${vscode.env.remoteName ?? "none"}`);
  });

  it("activates when a plaintext document is opened", async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const doc = await vscode.workspace.openTextDocument({
      language: "plaintext",
      content: "Council approves budget\n\nThe town council approved a budget of 4 million on Tuesday, officials said.\n",
    });
    await vscode.window.showTextDocument(doc);
    await until("the extension is active", () => ext.isActive);
  });

  it("registers its commands", async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    assert.ok(all.has("copydesk.reviewActiveArticle"), "command copydesk.reviewActiveArticle is not registered");
    assert.deepEqual(COMMANDS.filter((c) => !all.has(c)), [], "commands missing");
  });
});
