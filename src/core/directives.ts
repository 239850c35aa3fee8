// Inline suppression directives: their syntax and where they stand in a source text.
// Pure: no vscode import.
//
// Markdown and HTML use comments; plaintext uses the same words in square brackets on a line of their own:
//   <!-- copydesk-disable [rule ...] -->       off from here until copydesk-enable (or the end)
//   <!-- copydesk-enable [rule ...] -->
//   <!-- copydesk-disable-next [rule ...] -->  off for the next sentence
//   <!-- copydesk-disable-file [rule ...] -->  off for the whole document
//   [copydesk-disable-next vague-source]        plaintext form
// With no rule named, the directive covers every rule.

import type { ArticleKind, Span } from "./types";

export type DirectiveKind = "disable" | "enable" | "disable-next" | "disable-file";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  /** Source offsets of the whole directive (comment or bracketed line). */
  span: Span;
}

const COMMENT = /<!--\s*copydesk-(disable-next|disable-file|disable|enable)\b([^]*?)-->/g;
const PLAIN_LINE = /^[ \t]*\[copydesk-(disable-next|disable-file|disable|enable)\b([^\]\r\n]*)\][ \t]*$/gm;

export function findDirectives(source: string, kind: ArticleKind): Directive[] {
  const re = kind === "plaintext" ? PLAIN_LINE : COMMENT;
  const out: Directive[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    const rules = m[2].split(/[\s,]+/).filter((r) => /^[a-z][a-z-]*$/.test(r));
    out.push({ kind: m[1] as DirectiveKind, rules, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

/** The text of a directive in the syntax of a document kind, for quick fixes that insert one. */
export function directiveText(kind: ArticleKind, directive: DirectiveKind, rules: string[]): string {
  const body = [`copydesk-${directive}`, ...rules].join(" ");
  return kind === "plaintext" ? `[${body}]` : `<!-- ${body} -->`;
}
