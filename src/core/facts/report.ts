// How the fact-diff rules word their findings and offer "Use the other version's wording": one place,
// so every cross-version message quotes both versions the same way.
// Pure: no vscode import. Never invents text: a fix only copies the other version's exact words.

import type { Article } from "../article";
import type { VersionReport } from "../rules/rule";
import type { Fix, Span } from "../types";

const MAX_QUOTE = 90;

/** The words of a span, on one line, shortened in the middle when long. */
export function quote(article: Article, span: Span): string {
  let t = article.text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  if (t.length > MAX_QUOTE) t = `${t.slice(0, MAX_QUOTE / 2 - 1)} … ${t.slice(t.length - MAX_QUOTE / 2 + 2)}`;
  return `"${t}"`;
}

export function useOtherFix(target: Span, other: Article, otherSpan: Span): Fix[] {
  return [{ title: "Use the other version's wording", edits: [{ span: { start: target.start, end: target.end }, text: other.text.slice(otherSpan.start, otherSpan.end) }] }];
}

/**
 * A finding on both versions of a changed fact. `say(here, there)` builds the message from the two quoted
 * sides; it is called once per version so each reads "this version … the other …" from its own side.
 */
export function twoSided(
  a: Article,
  spanA: Span,
  b: Article,
  spanB: Span,
  say: (here: string, there: string, side: "a" | "b") => string,
  fixable = true,
): VersionReport {
  const qa = quote(a, spanA);
  const qb = quote(b, spanB);
  const r: VersionReport = { a: spanA, b: spanB, message: say(qa, qb, "a"), messageB: say(qb, qa, "b") };
  if (fixable) {
    r.fixesA = useOtherFix(spanA, b, spanB);
    r.fixesB = useOtherFix(spanB, a, spanA);
  }
  return r;
}

/** Reports each span pair once per rule run, even when overlapping pairs of sentences see it twice. */
export function dedupe(report: (r: VersionReport) => void): (r: VersionReport) => void {
  const seen = new Set<string>();
  return (r) => {
    const key = `${r.a?.start}:${r.a?.end}:${r.b?.start}:${r.b?.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    report(r);
  };
}
