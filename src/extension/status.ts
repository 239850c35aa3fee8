// The language status item for the active article: how many findings it has, which version it is paired
// with, and how long its last check took. Reads only what the checker published; never runs a review.

import * as vscode from "vscode";
import type { Checker, Published, SkipReason } from "./checker";
import { COMMANDS, EXTENSION_NAME } from "./constants";
import { formatMs } from "./output";
import { shortName } from "./workspace";

export class Status implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly checker: Checker, languages: readonly string[]) {
    this.item = vscode.languages.createLanguageStatusItem("copydesk.status", [...languages]);
    this.item.name = EXTENSION_NAME;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      checker.onDidUpdate(() => this.update()),
    );
    this.update();
  }

  setLanguages(languages: readonly string[]): void {
    this.item.selector = [...languages];
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const view = describe(doc ? this.checker.result(doc.uri) : undefined, doc ? this.checker.skipReason(doc.uri) : undefined);
    this.item.text = view.text;
    this.item.detail = view.detail;
    this.item.command = { title: view.paired ? "Stop Comparing" : "Compare With…", command: view.paired ? COMMANDS.stopComparing : COMMANDS.compareWith };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Text of the status item: "Copydesk: 5 findings · paired with draft-2.md", and "checked in 3 ms" beneath. */
export function describe(result: Published | undefined, skipped: SkipReason | undefined): { text: string; detail: string; paired: boolean } {
  if (skipped === "too-large") return { text: `${EXTENSION_NAME}: skipped`, detail: "over copydesk.maxDocumentSize", paired: false };
  if (skipped === "disabled") return { text: `${EXTENSION_NAME}: off`, detail: "copydesk.enable is false", paired: false };
  if (!result) return { text: `${EXTENSION_NAME}: not checked yet`, detail: "", paired: false };
  const n = result.entries.length;
  const count = `${n} finding${n === 1 ? "" : "s"}`;
  const partners = result.partners.map((p) => shortName(p.article.id));
  const pairing = partners.length ? `paired with ${partners.join(", ")}` : "no other version open";
  return { text: `${EXTENSION_NAME}: ${count} · ${pairing}`, detail: `checked in ${formatMs(result.ms)}`, paired: partners.length > 0 };
}
