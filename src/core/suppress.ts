// Applies the inline suppression directives of `directives.ts` to findings, and builds the edit that
// inserts one ("Suppress for this sentence / for this article" quick fixes).
// Pure: no vscode import. Works on SOURCE offsets (what the editor holds); never drops a finding that no
// directive covers, and never inserts a directive where the document kind cannot hide it from the prose.

import type { Article } from "./article";
import type { Finding, Fix, RuleId, Span } from "./types";
import { directiveText, findDirectives, type Directive } from "./directives";

/** Source spans of every sentence, in order. */
function sentenceSpans(article: Article): Span[] {
  return article.sentences.map((s) => article.toSource({ start: s.start, end: s.end }));
}

/** For each disable-next directive: the source span of the first sentence that starts after it. */
function nextSentence(directive: Directive, sentences: Span[]): Span | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start < directive.span.end) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo];
}

const covers = (rules: string[], rule: string) => rules.length === 0 || rules.includes(rule);

/**
 * Drops the findings that a directive turns off: `disable-file` for the whole document, `disable`…`enable`
 * for the text between them, `disable-next` for the next sentence. With no rule named a directive covers
 * every rule. Findings keep their order.
 */
export function applySuppressions(article: Article, findings: Finding[]): Finding[] {
  const directives = findDirectives(article.source, article.kind);
  if (!directives.length || !findings.length) return findings;
  const fileRules: string[][] = directives.filter((d) => d.kind === "disable-file").map((d) => d.rules);
  const ranged = directives.filter((d) => d.kind === "disable" || d.kind === "enable").sort((a, b) => a.span.start - b.span.start);
  const sentences = directives.some((d) => d.kind === "disable-next") ? sentenceSpans(article) : [];
  const nexts = directives
    .filter((d) => d.kind === "disable-next")
    .map((d) => ({ rules: d.rules, span: nextSentence(d, sentences) }))
    .filter((x): x is { rules: string[]; span: Span } => !!x.span);

  const offAt = (offset: number, rule: string): boolean => {
    let all = false;
    const off = new Set<string>();
    const back = new Set<string>();
    for (const d of ranged) {
      if (d.span.end > offset) break;
      if (d.kind === "disable") {
        if (!d.rules.length) {
          all = true;
          back.clear();
        } else for (const r of d.rules) {
          off.add(r);
          back.delete(r);
        }
      } else if (!d.rules.length) {
        all = false;
        off.clear();
        back.clear();
      } else for (const r of d.rules) {
        off.delete(r);
        if (all) back.add(r);
      }
    }
    return (all && !back.has(rule)) || off.has(rule);
  };

  return findings.filter((f) => {
    if (f.docId !== article.id) return true;
    if (fileRules.some((rules) => covers(rules, f.rule))) return false;
    if (ranged.length && offAt(f.span.start, f.rule)) return false;
    for (const n of nexts) if (covers(n.rules, f.rule) && f.span.start >= n.span.start && f.span.start < n.span.end) return false;
    return true;
  });
}

const FRONT_MATTER = /^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const EOL = /\r\n|\r|\n/;

/**
 * The edit that turns `rule` off for the sentence holding `span` (a source span), or for the whole article.
 * Markdown and HTML get an HTML comment (inline, right before the sentence); plain text gets a bracketed
 * directive on a line of its own, which in plain text also ends the paragraph when the sentence starts mid-line.
 */
export function suppressionFix(article: Article, span: Span, rule: RuleId, scope: "sentence" | "article"): Fix {
  const src = article.source;
  const eol = EOL.exec(src)?.[0] ?? "\n";
  if (scope === "article") {
    const fm = article.kind === "markdown" ? FRONT_MATTER.exec(src) : null;
    const at = fm ? fm[0].length : src.startsWith("\uFEFF") ? 1 : 0;
    return {
      title: `Suppress ${rule} for this article`,
      edits: [{ span: { start: at, end: at }, text: `${directiveText(article.kind, "disable-file", [rule])}${eol}` }],
    };
  }
  const sentences = sentenceSpans(article);
  let target = sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (!target) target = sentences.find((s) => s.start >= span.start) ?? { start: span.start, end: span.end };
  const title = `Suppress ${rule} for this sentence`;
  if (article.kind !== "plaintext") {
    return { title, edits: [{ span: { start: target.start, end: target.start }, text: `${directiveText(article.kind, "disable-next", [rule])} ` }] };
  }
  const lineStart = Math.max(src.lastIndexOf("\n", target.start - 1), src.lastIndexOf("\r", target.start - 1)) + 1;
  const lead = src.slice(lineStart, target.start);
  const directive = directiveText("plaintext", "disable-next", [rule]);
  if (!lead.trim() || /^[ \t]*(?:[•●▪‣◦·*+-]|\d{1,3}[.)])[ \t]+$/.test(lead)) {
    // the sentence opens its line (or a bullet): the directive goes on the line above, indented alike
    const indent = /^[ \t]*/.exec(lead)![0];
    return { title, edits: [{ span: { start: lineStart, end: lineStart }, text: `${indent}${directive}${eol}` }] };
  }
  // mid-line: break the line before the sentence and put the directive between
  let cut = target.start;
  while (cut > lineStart && (src[cut - 1] === " " || src[cut - 1] === "\t")) cut--;
  return { title, edits: [{ span: { start: cut, end: target.start }, text: `${eol}${directive}${eol}` }] };
}
