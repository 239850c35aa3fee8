// Rule `detached-attribution`: an attribution torn off its claim — a sentence that is nothing but a source
// and a cue ("The New York Times reported."), a wire credit fused into prose ("Putin said Associated Press."),
// a lone wire credit line inside the text.
// Pure: no vscode import. Offers the "attach to the previous sentence" fix only where the edit is mechanical:
// the previous sentence is in the same paragraph and ends in a plain full stop.

import type { ArticleRule, ArticleContext } from "./rule";
import type { Fix } from "../types";
import type { SentenceInfo, ArticleAnalysis } from "../analysis";
import { AGENCY_AT_END } from "../attribution/roles";
import { excerpt } from "../attribution/quote-text";

/** Words that start a source but are common words, lower-cased when the attribution moves mid-sentence. */
const LOWER_FIRST = new Set([
  "the", "a", "an", "he", "she", "they", "it", "we", "officials", "police", "authorities", "experts", "analysts", "critics",
  "sources", "researchers", "scientists", "prosecutors", "investigators", "witnesses", "residents", "organizers", "organisers",
  "his", "her", "their", "its", "one", "two", "three", "some", "many", "several",
]);
const TIME_BEFORE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|earlier|later)$/i;

function attachFix(analysis: ArticleAnalysis, info: SentenceInfo): Fix | undefined {
  const s = info.sentence;
  const block = analysis.article.blocks[s.block];
  if (info.index <= block.firstSentence) return undefined;
  const prev = analysis.sentences[info.index - 1];
  if (prev.role !== "body" || prev.detached) return undefined;
  const p = prev.sentence;
  const endsPlain = /[^.]\.$/.test(p.text) && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Inc|Co|Corp|Ltd|Jr|Sr|U\.S)\.$/.test(p.text);
  const endsQuote = /[^.]\.[”"]$/.test(p.text);
  if (!endsPlain && !endsQuote) return undefined;
  const stop = endsQuote ? p.end - 2 : p.end - 1;
  const first = s.text.split(/\s+/)[0];
  const second = s.text.split(/\s+/)[1] ?? "";
  const lower = LOWER_FIRST.has(first.toLowerCase()) && !(first.toLowerCase() === "the" && /^\p{Lu}/u.test(second) && !/^(?:Report|Newspaper|Paper|Agency|Ministry|Department|Company|Study|Survey|Statement)$/.test(second))
    ? first[0].toLowerCase() + first.slice(1)
    : first;
  const rest = s.text.slice(first.length);
  const attached = `${lower}${rest}`;
  return {
    title: `Attach "${excerpt(s.text, 40)}" to the previous sentence`,
    edits: [
      { span: { start: stop, end: stop + 1 }, text: "," },
      { span: { start: p.end, end: s.end }, text: ` ${attached}` },
    ],
  };
}

export const detachedAttribution: ArticleRule = {
  id: "detached-attribution",
  family: "article",
  defaultSeverity: "warning",
  description: "An attribution torn off its claim: \"The New York Times reported.\" standing alone, or a stray credit fused into prose.",
  check(ctx: ArticleContext): void {
    const { analysis } = ctx;
    const text = ctx.article.text;
    const last = analysis.sentences.length - 1;
    for (const info of analysis.sentences) {
      const s = info.sentence;
      if (info.detached) {
        const fix = attachFix(analysis, info);
        ctx.report({
          span: { start: info.body.start, end: s.end },
          message: `Detached attribution "${excerpt(s.text)}" stands alone — attach it to the claim it sources.`,
          fixes: fix ? [fix] : undefined,
        });
        continue;
      }
      if (info.role === "wire-credit") {
        const block = ctx.article.blocks[s.block];
        const alone = block.endSentence - block.firstSentence === 1;
        if (info.index === last && alone) continue; // a sign-off credit at the end is a credit line, not a stray
        ctx.report({
          span: { start: info.body.start, end: s.end },
          message: `Stray wire credit "${excerpt(s.text)}" inside the text — delete it, or make it an attribution of the claim it belongs to.`,
          fixes: [{ title: "Delete the stray credit", edits: [{ span: { start: s.start, end: s.end }, text: "" }] }],
        });
        continue;
      }
      if (info.role !== "body") continue;
      const bodyText = text.slice(info.body.start, s.end);
      const m = AGENCY_AT_END.exec(bodyText);
      if (!m) continue;
      const agencyStart = info.body.start + m.index;
      const name = m[0].replace(/\.$/, "");
      const k = info.tokens.findIndex((t) => t.start === agencyStart);
      if (k <= 0) continue;
      const before = info.tokens[k - 1];
      const cue = info.cues.find((c) => c.span.start === before.start && c.position === "before");
      const fused = !!cue || TIME_BEFORE.test(before.text) || before.text === "”" || before.text === '"';
      if (!fused || before.lower === "the") continue;
      const span = { start: agencyStart, end: agencyStart + name.length };
      let delStart = span.start;
      while (delStart > 0 && text[delStart - 1] === " ") delStart--;
      ctx.report({
        span,
        message: `Wire credit "${name}" is fused into the sentence — delete it, or make it an attribution ("…, ${name} reported").`,
        fixes: [{ title: `Delete "${name}"`, edits: [{ span: { start: delStart, end: span.end }, text: "" }] }],
      });
    }
  },
};
