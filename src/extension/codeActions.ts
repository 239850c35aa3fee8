// Quick fixes on Copydesk's diagnostics: the core's own fixes (attach a detached attribution, use the other
// version's wording, ...) applied as workspace edits, and "Open both versions side by side" in the diff editor.
// Must never offer an edit computed for an older version of the document.

import * as vscode from "vscode";
import type { Finding } from "../core";
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
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const entry = result.entries.find((e) => sameDiagnostic(e.diagnostic, diagnostic));
      if (!entry) continue;
      if (result.version === document.version) actions.push(...fixActions(document, entry.finding, diagnostic));
      const side = sideBySide(result, entry.finding, diagnostic);
      if (side) actions.push(side);
    }
    return actions;
  }
}

/** Diagnostics come back to providers as copies, so they are matched on what identifies them. */
export function sameDiagnostic(a: vscode.Diagnostic, b: vscode.Diagnostic): boolean {
  return a.range.isEqual(b.range) && a.message === b.message && codeValue(a) === codeValue(b);
}

function codeValue(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === "object" ? d.code.value : d.code;
}

function fixActions(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  return (finding.fixes ?? []).map((fix, i) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) {
      edit.replace(document.uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.text);
    }
    action.edit = edit;
    action.diagnostics = [diagnostic];
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
