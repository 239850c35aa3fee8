// Activation: creates the parts (output, project config, checker, diagnostics, hover, quick fixes, status,
// commands) and wires them to VS Code's events. Holds no logic of its own beyond the commands' glue.
// Must never throw out of activate or a command: failures go to the output channel.

import * as vscode from "vscode";
import { Checker, type PassTimings } from "./checker";
import { CodeActionProvider } from "./codeActions";
import { COMMANDS, SETTINGS, SOURCE } from "./constants";
import { HoverProvider } from "./hover";
import { Output } from "./output";
import { ProjectConfigs } from "./projectConfig";
import { describe, Status } from "./status";
import { isArticleDocument, shortName } from "./workspace";

/** What the commands return, so tests and other extensions can act without reading the UI. */
export interface ReviewSummary {
  uri: string;
  findings: number;
  pairedWith: string[];
  /** Milliseconds the document's last check took (its own rules plus its comparisons). */
  ms: number;
  /** What the status item says for this document. */
  status: string;
  /** The last review pass over all open articles, by stage. */
  pass?: PassTimings;
}

export function activate(context: vscode.ExtensionContext): void {
  const output = new Output();
  context.subscriptions.push(output);
  try {
    wire(context, output);
    output.info(`Copydesk ${context.extension.packageJSON?.version ?? ""} active in VS Code ${vscode.version} (${vscode.env.uiKind === vscode.UIKind.Web ? "web" : "desktop"})`);
  } catch (e) {
    output.error("Copydesk could not start", e);
  }
}

export function deactivate(): void {
  // Everything is in context.subscriptions; VS Code disposes it.
}

function wire(context: vscode.ExtensionContext, output: Output): void {
  const collection = vscode.languages.createDiagnosticCollection(SOURCE);
  const projects = new ProjectConfigs(output);
  const docsTarget = (rule: string): string => vscode.Uri.joinPath(context.extensionUri, "docs", "rules", `${rule}.md`).toString();
  const checker = new Checker(collection, output, projects, docsTarget);
  const status = new Status(checker, checker.settings().languages);
  const everyDocument: vscode.DocumentSelector = [{ pattern: "**" }, { scheme: "untitled" }];
  context.subscriptions.push(
    collection,
    projects,
    checker,
    status,
    vscode.languages.registerHoverProvider(everyDocument, new HoverProvider(checker)),
    vscode.languages.registerCodeActionsProvider(everyDocument, new CodeActionProvider(checker), CodeActionProvider.metadata),
    vscode.workspace.onDidOpenTextDocument(() => checker.schedule("soon")),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && checker.concerns(e.document)) checker.schedule("typing");
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => checker.closed(doc)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SETTINGS.section)) return;
      status.setLanguages(checker.settings().languages);
      checker.schedule("soon");
    }),
    projects.onDidChange(() => checker.schedule("soon")),
    command(COMMANDS.reviewActiveArticle, output, (uri?: unknown) => reviewActiveArticle(checker, toUri(uri))),
    command(COMMANDS.compareWith, output, (other?: unknown, base?: unknown) => compareWith(checker, toUri(other), toUri(base))),
    command(COMMANDS.stopComparing, output, (uri?: unknown) => stopComparing(checker, toUri(uri))),
    command(COMMANDS.showOutput, output, () => output.show()),
  );
  checker.schedule("soon");
}

/** Registers a command whose failures are logged and shown, never thrown back into VS Code. */
function command<T>(id: string, output: Output, run: (...args: unknown[]) => T | Promise<T>): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await run(...args);
    } catch (e) {
      output.error(`Command ${id} failed`, e);
      void vscode.window.showErrorMessage(`Copydesk: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  });
}

function toUri(v: unknown): vscode.Uri | undefined {
  if (v instanceof vscode.Uri) return v;
  if (typeof v === "string" && v) return vscode.Uri.parse(v);
  return undefined;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const id = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
}

function targetDocument(uri: vscode.Uri | undefined): vscode.TextDocument | undefined {
  return uri ? openDocument(uri) : vscode.window.activeTextEditor?.document;
}

async function reviewActiveArticle(checker: Checker, uri: vscode.Uri | undefined): Promise<ReviewSummary | undefined> {
  const doc = targetDocument(uri);
  if (!doc) {
    void vscode.window.showInformationMessage("Copydesk: open an article to review it.");
    return undefined;
  }
  checker.force(doc);
  await checker.run();
  const summary = summarize(checker, doc.uri);
  const skipped = checker.skipReason(doc.uri);
  const text = skipped === "too-large"
    ? `Copydesk skipped ${shortName(summary.uri)}: it is over copydesk.maxDocumentSize`
    : `Copydesk: ${summary.findings} finding${summary.findings === 1 ? "" : "s"} in ${shortName(summary.uri)}`;
  vscode.window.setStatusBarMessage(text, 5000);
  return summary;
}

function summarize(checker: Checker, uri: vscode.Uri): ReviewSummary {
  const result = checker.result(uri);
  return {
    uri: uri.toString(),
    findings: result?.entries.length ?? 0,
    pairedWith: result?.partners.map((p) => p.article.id) ?? [],
    ms: result?.ms ?? 0,
    status: describe(result, checker.skipReason(uri)).text,
    pass: checker.lastPass,
  };
}

interface DocPick extends vscode.QuickPickItem {
  uri?: vscode.Uri;
}

/**
 * Pairs the active article (the revision) with another version (the original): an open document or a file.
 * With arguments (the other version's URI, and optionally the revision's) it runs without asking.
 */
async function compareWith(checker: Checker, other: vscode.Uri | undefined, base: vscode.Uri | undefined): Promise<ReviewSummary | undefined> {
  const revision = targetDocument(base);
  if (!revision) {
    void vscode.window.showInformationMessage("Copydesk: open the article you want to compare first.");
    return undefined;
  }
  let originalUri = other ?? (await pickOther(checker, revision));
  if (!originalUri) return undefined;
  let original = openDocument(originalUri);
  if (!original) {
    original = await vscode.workspace.openTextDocument(originalUri);
    originalUri = original.uri;
    if (!other) await vscode.window.showTextDocument(original, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
  }
  if (original.uri.toString() === revision.uri.toString()) {
    void vscode.window.showInformationMessage("Copydesk: pick a different document to compare with.");
    return undefined;
  }
  checker.force(original);
  checker.force(revision);
  checker.compare(original.uri, revision.uri);
  await checker.run();
  return summarize(checker, revision.uri);
}

async function pickOther(checker: Checker, revision: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  const languages = checker.settings().languages;
  const items: DocPick[] = vscode.workspace.textDocuments
    .filter((d) => d.uri.toString() !== revision.uri.toString() && isArticleDocument(d, languages))
    .map((d) => ({ label: shortName(d.uri.toString()), description: d.isUntitled ? "unsaved" : vscode.workspace.asRelativePath(d.uri), uri: d.uri }));
  const browse: DocPick = { label: "$(folder-opened) Choose a file…", alwaysShow: true };
  const picked = await vscode.window.showQuickPick<DocPick>([...items, browse], {
    title: `Compare ${shortName(revision.uri.toString())} with…`,
    placeHolder: "The other version of this article (treated as the original)",
  });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const files = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: "Compare", title: "The other version of this article" });
  return files?.[0];
}

async function stopComparing(checker: Checker, uri: vscode.Uri | undefined): Promise<ReviewSummary | undefined> {
  const doc = targetDocument(uri);
  if (!doc) return undefined;
  checker.stopComparing(doc.uri);
  await checker.run();
  return summarize(checker, doc.uri);
}
