// The hover on a cross-version finding: the other version's sentence beside this one, changed words in bold.
// Reads only what the checker published; must never run the rules or read a document's current text.

import * as vscode from "vscode";
import type { Article, Finding, Span } from "../core";
import type { Checker, Published } from "./checker";
import { diffWords, escapeMarkdown, markChanged } from "./wordDiff";
import { shortName } from "./workspace";

const ONE_SIDED = new Set(["added-content", "removed-content"]);

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly checker: Checker) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.checker.result(document.uri);
    if (!result || result.version !== document.version) return undefined;
    const parts: string[] = [];
    let range: vscode.Range | undefined;
    for (const { finding, diagnostic } of result.entries) {
      if (!finding.related?.length || !diagnostic.range.contains(position)) continue;
      const md = describeCounterpart(result, finding);
      if (!md) continue;
      parts.push(md);
      range = range ? range.union(diagnostic.range) : diagnostic.range;
    }
    if (!parts.length) return undefined;
    const content = new vscode.MarkdownString(parts.join("\n\n---\n\n"));
    content.supportThemeIcons = false;
    content.isTrusted = false;
    return new vscode.Hover(content, range);
  }
}

/** Markdown showing this finding's sentence and its counterpart, or undefined when the other text is gone. */
export function describeCounterpart(result: Published, finding: Finding): string | undefined {
  const related = finding.related?.[0];
  if (!related) return undefined;
  const other = result.partners.find((p) => p.article.id === related.docId)?.article;
  if (!other) return undefined;
  const otherName = escapeMarkdown(shortName(other.id));
  const otherSentence = sentenceAt(other, related.span);
  if (ONE_SIDED.has(finding.rule) || !otherSentence) {
    return `**Copydesk** · ${finding.rule}: not in ${otherName}${otherSentence ? `; it would sit near “${escapeMarkdown(otherSentence)}”` : ""}.`;
  }
  const thisSentence = sentenceAt(result.article, finding.span) ?? result.article.source.slice(finding.span.start, finding.span.end);
  const diff = diffWords(thisSentence, otherSentence);
  return [
    `**Copydesk** · ${finding.rule} · the other version, ${otherName}:`,
    "",
    `> ${markChanged(diff.b)}`,
    "",
    "This version:",
    "",
    `> ${markChanged(diff.a)}`,
  ].join("\n");
}

/** The prose-view text of the first sentence that overlaps `span` in the source, whitespace collapsed. */
export function sentenceAt(article: Article, span: Span): string | undefined {
  const end = Math.max(span.end, span.start + 1);
  for (const s of article.sentences) {
    const src = article.toSource({ start: s.start, end: s.end });
    if (src.end > span.start && src.start < end) return s.text.replace(/\s+/g, " ");
  }
  return undefined;
}
