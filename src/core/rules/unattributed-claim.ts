// Rule `unattributed-claim`: a sentence in the author's voice that asserts something a reader would ask
// "says who?" about (figure, comparison, trend, cause, judgement, someone's thoughts, prediction) with no
// source in the sentence and none carried over from its paragraph.
// Pure: no vscode import. Must never flag an attributed sentence, a quotation with a speaker, a question,
// a headline, dateline, byline, caption or credit, or plain scene-setting: precision before recall.

import type { ArticleRule, ArticleContext } from "./rule";
import type { Span } from "../types";
import { findClaimMarkers, type ClaimKind, type ClaimMarker } from "../attribution/claims";
import { excerpt } from "../attribution/quote-text";

/** Sentences mostly inside quotation marks are the speaker's words. */
const MAX_QUOTE_SHARE = 0.5;
const PRIORITY: ClaimKind[] = ["judgement", "mind", "comparison", "cause", "prediction", "trend", "figure"];
const STOP = new Set([
  "and", "but", "or", "as", "to", "of", "in", "on", "at", "for", "with", "by", "that", "which", "who", "than", "the", "a", "an", "from",
  "after", "before", "since", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might",
]);

const HOW: Record<ClaimKind, [string, string]> = {
  judgement: ["Unattributed judgement", "name who judges it so, or quote them"],
  mind: ["Unattributed claim about what someone thinks or wants", "say who says so, or quote them"],
  comparison: ["Unattributed comparison", "name the source of the comparison, or quote it"],
  cause: ["Unattributed cause", "name who says so, or quote them"],
  prediction: ["Unattributed prediction", "name who predicts it, or quote them"],
  trend: ["Unattributed trend", "name the source of the figures"],
  figure: ["Unattributed figure", "say where the number comes from"],
};

function inside(span: Span, scopes: Span[]): boolean {
  return scopes.some((s) => span.start >= s.start && span.end <= s.end);
}

/** The marker's words, widened to the noun it qualifies ("botched" → "botched military campaign"). */
function widen(text: string, m: ClaimMarker, limit: number): Span {
  let end = m.span.end;
  if (m.kind === "judgement" || m.kind === "figure" || m.kind === "trend") {
    const re = /^\s+([a-z][a-z'’-]*)/;
    for (let n = 0; n < 2; n++) {
      const r = re.exec(text.slice(end, limit));
      if (!r || STOP.has(r[1])) break;
      end += r[0].length;
    }
  }
  let start = m.span.start;
  if (m.kind === "comparison" && /^than\b/i.test(text.slice(start, end))) {
    const r = /([A-Za-z'’-]+\s+)$/.exec(text.slice(Math.max(0, start - 30), start));
    if (r) start -= r[0].length;
  }
  if (m.kind === "mind" && /^(?:than|as)\b/i.test(text.slice(start, end))) {
    const r = /([A-Za-z'’-]+\s+)$/.exec(text.slice(Math.max(0, start - 30), start));
    if (r) start -= r[0].length;
  }
  return { start, end };
}

export const unattributedClaim: ArticleRule = {
  id: "unattributed-claim",
  family: "article",
  defaultSeverity: "warning",
  description: "A claim in the author's voice (figure, trend, cause, judgement, prediction, someone's thoughts) that names no source.",
  check(ctx: ArticleContext): void {
    const text = ctx.article.text;
    for (const info of ctx.analysis.sentences) {
      if (info.role !== "body" || info.attributed || info.detached) continue;
      if (info.quoteShare >= MAX_QUOTE_SHARE) continue;
      let markers = findClaimMarkers(info.masked, info.sentence.start).filter((m) => m.span.start >= info.body.start && !inside(m.span, info.scopes));
      for (const e of info.expectations) markers.push({ kind: "mind", span: e.span });
      for (const c of info.cues) if (c.mindClaim) markers.push({ kind: "mind", span: c.source ? { start: c.source.start, end: c.span.end } : c.span });
      // carried attribution covers reported facts and predictions, not an evaluation standing in its own sentence
      if (info.carriedFrom !== undefined) markers = markers.filter((m) => m.kind === "judgement");
      if (!markers.length) continue;
      markers.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.span.start - b.span.start);
      // a wider marker that contains the first choice says more ("contrasts markedly with" over "markedly")
      let m = markers.find((x) => x.span.start <= markers[0].span.start && x.span.end >= markers[0].span.end && x.span.end - x.span.start > markers[0].span.end - markers[0].span.start) ?? markers[0];
      // an adverb right before another claim phrase qualifies it: "markedly at odds with", "sharply higher"
      const next = /ly$/i.test(text.slice(m.span.start, m.span.end)) ? markers.find((x) => x !== m && x.span.start > m.span.end && !text.slice(m.span.end, x.span.start).trim()) : undefined;
      if (next) m = { kind: next.kind, span: { start: m.span.start, end: next.span.end } };
      const words = widen(text, m, info.sentence.end);
      const [what, fix] = HOW[m.kind];
      let end = info.sentence.end;
      const fragment = info.debris.find((d) => d.kind === "fragment");
      if (fragment) end = text.slice(info.body.start, fragment.span.start).trimEnd().length + info.body.start;
      ctx.report({
        span: { start: info.body.start, end },
        message: `${what}: "${excerpt(text.slice(words.start, words.end))}" — ${fix}.`,
      });
    }
  },
};
