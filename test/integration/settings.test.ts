// Settings and the project file in a real VS Code: per-rule severities republish diagnostics, enable and
// compare switch things off and on, the size limit skips, and .copydesk.json is read, watched and overruled
// by explicit settings. Every test restores what it changed.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import {
  byRule, closeOpened, fixtureUri, formatAll, track, hasRule, lacksRule, only, openArticle, ours, plain, setSetting, waitForBoth, waitForDiagnostics,
} from "./support";

const LIBRARY_A = [
  "Library extends its opening hours",
  "",
  "The central library will open until nine in the evening from next month. Readers asked for the change in a survey last winter. Staff will rotate the late shifts.",
  "",
  "The reading room keeps its usual quiet rules.",
  "",
].join("\n");

const LIBRARY_B = [
  "Library extends its opening hours",
  "",
  "The central library will open until nine in the evening from next month. Readers asked for the change in a survey last winter. Staff will rotate the late shifts.",
  "",
  "A small café opens on the ground floor in June.",
  "",
].join("\n");

const severityOf = (rule: string, severity: vscode.DiagnosticSeverity) => (ds: vscode.Diagnostic[]): boolean =>
  ds.some((d) => byRule(rule)(d) && d.severity === severity);

async function openPair(): Promise<[vscode.TextDocument, vscode.TextDocument]> {
  const a = await openArticle(LIBRARY_A, "plaintext", vscode.ViewColumn.One);
  const b = await openArticle(LIBRARY_B, "plaintext", vscode.ViewColumn.Two);
  await waitForBoth(a.uri, hasRule("removed-content"), b.uri, hasRule("added-content"), "the first review");
  return [a, b];
}

describe("settings", () => {
  afterEach(async () => {
    for (const key of ["rules", "enable", "compare.enabled", "maxDocumentSize"]) await setSetting(key, undefined);
    await closeOpened();
  });

  it("copydesk.rules changes a rule's severity on both versions, and off removes it", async () => {
    const [a, b] = await openPair();
    assert.equal(only(ours(b.uri), "added-content").severity, vscode.DiagnosticSeverity.Information);

    await setSetting("rules", { "added-content": "error", "removed-content": "hint" });
    const [da, db] = await waitForBoth(
      a.uri, severityOf("removed-content", vscode.DiagnosticSeverity.Hint),
      b.uri, severityOf("added-content", vscode.DiagnosticSeverity.Error),
      "the new severities",
    );
    assert.equal(plain(only(db, "added-content")).severity, "error");
    assert.equal(plain(only(da, "removed-content")).severity, "hint");
    assert.deepEqual(plain(only(db, "added-content")).range, [4, 0, 4, 47]);

    await setSetting("rules", { "added-content": "off" });
    await waitForBoth(a.uri, severityOf("removed-content", vscode.DiagnosticSeverity.Information), b.uri, lacksRule("added-content"), "added-content off");

    await setSetting("rules", undefined);
    await waitForDiagnostics(b.uri, severityOf("added-content", vscode.DiagnosticSeverity.Information), "the default severity back");
  });

  it("copydesk.enable false clears every diagnostic; true brings them back", async () => {
    const [a, b] = await openPair();
    await setSetting("enable", false);
    await waitForBoth(a.uri, (ds) => ds.length === 0, b.uri, (ds) => ds.length === 0, "everything cleared");
    await setSetting("enable", true);
    await waitForBoth(a.uri, hasRule("removed-content"), b.uri, hasRule("added-content"), "the findings back");
  });

  it("copydesk.compare.enabled false stops automatic pairing; the cross-version findings go", async () => {
    const [a, b] = await openPair();
    await setSetting("compare.enabled", false);
    const [da, db] = await waitForBoth(a.uri, lacksRule("removed-content"), b.uri, lacksRule("added-content"), "no pairing");
    assert.ok([...da, ...db].every((d) => !d.relatedInformation?.length), formatAll([...da, ...db]));
    await setSetting("compare.enabled", true);
    await waitForBoth(a.uri, hasRule("removed-content"), b.uri, hasRule("added-content"), "pairing back");
  });

  it("copydesk.maxDocumentSize skips a larger document and clears its diagnostics", async () => {
    const [a, b] = await openPair();
    await setSetting("maxDocumentSize", 100);
    await waitForBoth(a.uri, (ds) => ds.length === 0, b.uri, (ds) => ds.length === 0, "both skipped as too large");
    await setSetting("maxDocumentSize", undefined);
    await waitForBoth(a.uri, hasRule("removed-content"), b.uri, hasRule("added-content"), "both reviewed again");
  });
});

describe("the project file .copydesk.json", () => {
  const file = (): vscode.Uri => fixtureUri(".copydesk.json");
  const write = (o: unknown): Thenable<void> => vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(JSON.stringify(o, null, 2)));

  afterEach(async () => {
    await setSetting("rules", undefined);
    try {
      await vscode.workspace.fs.delete(file());
    } catch {
      // Already gone.
    }
    await closeOpened();
  });

  it("is read from the workspace folder, watched, and overruled by a severity set in settings", async () => {
    const [, b] = await openPair();
    await write({ rules: { "added-content": "warning" } });
    await waitForDiagnostics(b.uri, severityOf("added-content", vscode.DiagnosticSeverity.Warning), "the project file's severity");

    await setSetting("rules", { "added-content": "hint" });
    await waitForDiagnostics(b.uri, severityOf("added-content", vscode.DiagnosticSeverity.Hint), "the setting winning over the file");

    await setSetting("rules", undefined);
    await waitForDiagnostics(b.uri, severityOf("added-content", vscode.DiagnosticSeverity.Warning), "the file's severity once the setting is gone");

    await vscode.workspace.fs.delete(file());
    await waitForDiagnostics(b.uri, severityOf("added-content", vscode.DiagnosticSeverity.Information), "the default once the file is deleted");
  });

  it("is validated against the schema the extension registers", async () => {
    await write({ rules: { "changed-number": "loud", "no-such-rule": "error" } });
    const doc = await vscode.workspace.openTextDocument(file());
    track(doc);
    await vscode.window.showTextDocument(doc);
    const problems = await new Promise<vscode.Diagnostic[]>((resolve, reject) => {
      const current = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source !== "copydesk");
      const done = (ds: vscode.Diagnostic[]): void => {
        clearTimeout(timer);
        sub.dispose();
        resolve(ds);
      };
      const timer = setTimeout(() => {
        sub.dispose();
        reject(new Error(`no schema diagnostics on ${doc.uri.toString()} within 20 s; got:\n${formatAll(current())}`));
      }, 20_000);
      const sub = vscode.languages.onDidChangeDiagnostics(() => {
        if (current().length >= 2) done(current());
      });
      if (current().length >= 2) done(current());
    });
    const lines = problems.map((d) => doc.lineAt(d.range.start.line).text.trim()).sort();
    assert.deepEqual(lines, ['"changed-number": "loud",', '"no-such-rule": "error"'], formatAll(problems));
  });

  it("a broken project file is ignored, never fatal", async () => {
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode("{ not json"));
    const [, b] = await openPair();
    assert.equal(only(ours(b.uri), "added-content").severity, vscode.DiagnosticSeverity.Information);
  });
});
