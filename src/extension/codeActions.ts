// Quick fixes on Copydesk's diagnostics: the core's own fixes (attach a detached attribution, use the other
// version's wording, ...) applied as workspace edits, "Open both versions side by side" in the diff editor, and
// "Suppress for this sentence / article" with the directive the core writes. Must never offer an edit computed
// for an older version of the document.

import * as vscode from "vscode";
import type { Finding, Fix } from "../core";
import { suppressionFix } from "../core/suppress";
import type { Checker, Published } from "./checker";
import { SOURCE } from "./constants";
import { shortName } from "./workspace";

export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly checker: Checker) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.checker.result(document.uri);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    const suppressions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const entry = result.entries.find((e) => sameDiagnostic(e.diagnostic, diagnostic));
      if (!entry) continue;
      const current = result.version === document.version;
      if (current) actions.push(...fixActions(document, entry.finding, diagnostic));
      const side = sideBySide(result, entry.finding, diagnostic);
      if (side) actions.push(side);
      if (current) suppressions.push(...suppressActions(document, result, entry.finding, diagnostic));
    }
    // Turning a rule off is the last resort, so it is listed after every real fix.
    return [...actions, ...dedupe(suppressions)];
  }
}

/** Diagnostics come back to providers as copies, so they are matched on what identifies them. */
export function sameDiagnostic(a: vscode.Diagnostic, b: vscode.Diagnostic): boolean {
  return a.range.isEqual(b.range) && a.message === b.message && codeValue(a) === codeValue(b);
}

function codeValue(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === "object" ? d.code.value : d.code;
}

/** "Suppress <rule> for this sentence" and "… for this article": a directive the core writes in the document's syntax. */
function suppressActions(document: vscode.TextDocument, result: Published, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  return (["sentence", "article"] as const).map((scope) => {
    const fix = suppressionFix(result.article, finding.span, finding.rule, scope);
    const action = toAction(document, fix, diagnostic);
    action.isPreferred = false;
    return action;
  });
}

/** Two findings of one rule in one sentence would offer the same suppression twice. */
function dedupe(actions: vscode.CodeAction[]): vscode.CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => {
    const key = `${a.title}\n${JSON.stringify(a.edit?.entries().map(([, edits]) => edits.map((e) => [e.range.start.line, e.range.start.character, e.newText])))}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toAction(document: vscode.TextDocument, fix: Fix, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.text);
  }
  action.edit = edit;
  action.diagnostics = [diagnostic];
  return action;
}

function fixActions(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  return (finding.fixes ?? []).map((fix, i) => {
    const action = toAction(document, fix, diagnostic);
    action.isPreferred = i === 0;
    return action;
  });
}

/** Opens the pair in the diff editor, original on the left, with the finding's range selected on the right. */
function sideBySide(result: Published, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction | undefined {
  const related = finding.related?.[0];
  if (!related) return undefined;
  const partner = result.partners.find((p) => p.article.id === related.docId);
  if (!partner) return undefined;
  const left = vscode.Uri.parse(partner.pair.a);
  const right = vscode.Uri.parse(partner.pair.b);
  const selection = right.toString() === result.uri.toString() ? diagnostic.range : diagnostic.relatedInformation?.[0]?.location.range;
  const action = new vscode.CodeAction("Open both versions side by side", vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = {
    title: action.title,
    command: "vscode.diff",
    arguments: [left, right, `${shortName(partner.pair.a)} ↔ ${shortName(partner.pair.b)} (Copydesk)`, { selection, preview: false }],
  };
  return action;
}
