// Shared steps for the Copydesk integration suites: open articles, wait on onDidChangeDiagnostics for a
// condition (never a fixed sleep), describe diagnostics as plain objects for whole-value assertions, and
// close what a test opened. Loaded by the *.test.ts files; not a suite itself.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { defaultConfig, review, type ArticleKind, type Finding, type RuleId } from "../../src/core";

export const TIMEOUT_MS = 20_000;

const opened: vscode.TextDocument[] = [];

const EXTENSION: Record<string, string> = { plaintext: "txt", markdown: "md", html: "html" };
let serial = 0;

/**
 * Opens an untitled article in an editor, as a user pasting a draft would. Each gets a name of its own:
 * VS Code hands "Untitled-1" to the next draft while the last one may still be closing, which let one
 * test see another's document.
 */
export async function openArticle(content: string, language = "plaintext", column = vscode.ViewColumn.One): Promise<vscode.TextDocument> {
  serial++;
  const uri = vscode.Uri.from({ scheme: "untitled", path: `/draft-${process.pid}-${serial}.${EXTENSION[language] ?? "txt"}` });
  let doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== language) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
  if (content) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), content);
    assert.ok(await vscode.workspace.applyEdit(edit), `could not fill ${uri.toString()}`);
  }
  opened.push(doc);
  await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
  return doc;
}

/** Opens a file of the test workspace (a copy of test/fixtures) in an editor. */
export async function openFixture(relative: string, column = vscode.ViewColumn.One): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relative));
  opened.push(doc);
  await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
  return doc;
}

export function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the integration run must open the fixtures folder as its workspace");
  return vscode.Uri.joinPath(folder.uri, ...relative.split("/"));
}

/** Remembers a document a command opened, so the test's cleanup closes it too. */
export function track(doc: vscode.TextDocument): void {
  opened.push(doc);
}

/** Reverts and closes every document this suite opened, and waits until VS Code reports each one closed. */
export async function closeOpened(): Promise<void> {
  const docs = opened.splice(0).filter((d) => !d.isClosed);
  for (const doc of docs) {
    // A file's model may outlive its editor; only untitled documents are sure to close at once.
    const closed = doc.isUntitled ? waitForClose(doc) : Promise.resolve();
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    await closed;
  }
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}

function waitForClose(doc: vscode.TextDocument): Promise<void> {
  return new Promise((resolve, reject) => {
    if (doc.isClosed) return resolve();
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${doc.uri.toString()} did not close within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    const sub = vscode.workspace.onDidCloseTextDocument((d) => {
      if (d === doc || d.uri.toString() === doc.uri.toString()) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  });
}

/** Copydesk's diagnostics on a document (other extensions' are ignored). */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "copydesk");
}

/**
 * Resolves with Copydesk's diagnostics on `uri` as soon as they satisfy `ok`: checked at once and on every
 * onDidChangeDiagnostics for that uri. On timeout the test fails with the diagnostics it saw last.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let settled = false;
    const finish = (): void => {
      settled = true;
      clearTimeout(timer);
      sub.dispose();
    };
    const check = (): void => {
      if (settled) return;
      const ds = ours(uri);
      if (ok(ds)) {
        finish();
        resolve(ds);
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      if (settled) return;
      finish();
      reject(new Error(`timed out after ${ms} ms waiting for ${what} on ${key}; Copydesk's diagnostics there:\n${formatAll(ours(uri))}`));
    }, ms);
    check();
  });
}

/** Waits for both documents' diagnostics together (the order they arrive in does not matter). */
export async function waitForBoth(
  a: vscode.Uri,
  okA: (ds: vscode.Diagnostic[]) => boolean,
  b: vscode.Uri,
  okB: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<[vscode.Diagnostic[], vscode.Diagnostic[]]> {
  return Promise.all([waitForDiagnostics(a, okA, `${what} (first version)`), waitForDiagnostics(b, okB, `${what} (second version)`)]);
}

export const byRule = (rule: string) => (d: vscode.Diagnostic): boolean => codeValue(d) === rule;
export const hasRule = (rule: string) => (ds: vscode.Diagnostic[]): boolean => ds.some(byRule(rule));
export const lacksRule = (rule: string) => (ds: vscode.Diagnostic[]): boolean => !ds.some(byRule(rule));

export function codeValue(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === "object" ? d.code.value : d.code;
}

export const SEVERITY: Record<number, string> = { 0: "error", 1: "warning", 2: "information", 3: "hint" };

export type RangeTuple = [number, number, number, number];

export interface PlainDiagnostic {
  rule: string | number | undefined;
  severity: string;
  source: string | undefined;
  range: RangeTuple;
  /** The last three segments of code.target's path: docs/rules/<id>.md. */
  docs: string;
  related: { uri: string; range: RangeTuple }[];
}

export function tuple(r: vscode.Range): RangeTuple {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** Everything about a diagnostic except its message, for one deepEqual per diagnostic. */
export function plain(d: vscode.Diagnostic): PlainDiagnostic {
  const target = typeof d.code === "object" ? d.code.target : undefined;
  return {
    rule: codeValue(d),
    severity: SEVERITY[d.severity],
    source: d.source,
    range: tuple(d.range),
    docs: target ? target.path.split("/").slice(-3).join("/") : "(no code.target)",
    related: (d.relatedInformation ?? []).map((r) => ({ uri: r.location.uri.toString(), range: tuple(r.location.range) })),
  };
}

export function formatAll(ds: vscode.Diagnostic[]): string {
  if (!ds.length) return "  (none)";
  return ds.map((d) => `  ${JSON.stringify(plain(d))} ${JSON.stringify(d.message)}`).join("\n");
}

/** The one diagnostic of a rule on a document; fails listing them all when there is none or several. */
export function only(ds: vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const hits = ds.filter(byRule(rule));
  assert.equal(hits.length, 1, `expected exactly one ${rule} diagnostic, got:\n${formatAll(ds)}`);
  return hits[0];
}

/** The range of the first occurrence of `text` in a document, as a tuple. */
export function rangeOf(doc: vscode.TextDocument, text: string, from = 0): RangeTuple {
  const i = doc.getText().indexOf(text, from);
  assert.ok(i >= 0, `"${text}" not found in ${doc.uri.toString()}`);
  return tuple(new vscode.Range(doc.positionAt(i), doc.positionAt(i + text.length)));
}

/** Sets (or with undefined, removes) a copydesk.* user setting and waits until VS Code has applied it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration("copydesk").update(key, value, vscode.ConfigurationTarget.Global);
}

/** Replaces the first occurrence of `from` in a document through an editor, as typing would. */
export async function replaceText(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const i = doc.getText().indexOf(from);
  assert.ok(i >= 0, `"${from}" not found in ${doc.uri.toString()}`);
  const ok = await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(i), doc.positionAt(i + from.length)), to));
  assert.ok(ok, "the edit was not applied");
}

/**
 * Marks the running test pending, saying why, when the core itself does not yet report `rule` on these texts
 * (the rule is still being written): these suites test the editor glue, not the rules. Once the core reports
 * the finding, the test runs in full.
 */
export function needsCore(
  test: Mocha.Context,
  rule: RuleId,
  texts: { source: string; kind?: ArticleKind }[],
  want: (f: Finding) => boolean = () => true,
): void {
  const docs = texts.map((t, i) => ({ id: `doc${i}`, source: t.source, kind: t.kind ?? ("plaintext" as ArticleKind) }));
  const { findings } = review(docs, defaultConfig(), docs.length === 2 ? [{ a: "doc0", b: "doc1", similarity: 1 }] : []);
  if (!findings.some((f) => f.rule === rule && want(f))) {
    console.log(`      pending: the core does not report ${rule} on this test's text yet`);
    test.skip();
  }
}

/**
 * Code actions at a range, asked again until `ready` accepts them or the timeout passes. The extension host
 * sees its diagnostics at once, but the workbench's marker service (which hands providers their
 * `context.diagnostics`) gets them a moment later, in another process: a single early request can find no
 * Copydesk diagnostic there and so no Copydesk action. The caller asserts on what comes back.
 */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, ready: (actions: vscode.CodeAction[]) => boolean): Promise<vscode.CodeAction[]> {
  const until = Date.now() + TIMEOUT_MS;
  for (;;) {
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, range)) ?? [];
    if (ready(actions) || Date.now() > until) return actions;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
