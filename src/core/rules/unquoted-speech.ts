// Rule `unquoted-speech`: first-person speech standing in the author's voice next to a quotation or a
// speaker, where quotation marks were lost ("… Putin said. Victory is ours.").
// Pure: no vscode import. Never reports the publication speaking as itself ("we asked the county"),
// a question, or a sentence that has a speech cue of its own (reported speech).

import type { ArticleRule, ArticleContext } from "./rule";
import type { SentenceInfo, ArticleAnalysis } from "../analysis";
import { FIRST_PERSON, NEWSROOM_WE, SPEECH_EVENTS } from "../attribution/lexicon";
import { excerpt } from "../attribution/quote-text";

function firstPerson(info: SentenceInfo): boolean {
  const t = info.tokens;
  for (let k = 0; k < t.length; k++) {
    const w = t[k];
    if (!w.word || w.quoted || !FIRST_PERSON.has(w.lower)) continue;
    if (w.lower === "us" && w.text !== "us") continue; // "US" is the country
    if (w.lower === "i" && w.text !== "I") continue;
    if (w.text === "I" && /^(?:War|World|Phase|Type|Class|Title|Part|Chapter|Act)$/.test(t[k - 1]?.text ?? "")) continue;
    const next = t[k + 1];
    if ((w.lower === "we" || w.lower === "our") && next && NEWSROOM_WE.has(next.lower)) return false;
    if (w.lower === "us" && t[k - 1] && /^(?:told|wrote|emailed|contacted|asked)$/.test(t[k - 1].lower)) return false;
    return true;
  }
  return false;
}

/** A quotation with its speaker, or a speaker speaking, right next to sentence k in its paragraph. */
function besideSpeech(analysis: ArticleAnalysis, k: number, quotesPeople: boolean): boolean {
  const s = analysis.sentences;
  const block = analysis.article.blocks[s[k].sentence.block];
  for (const j of [k - 1, k - 2, k + 1]) {
    if (j < block.firstSentence || j >= block.endSentence) continue;
    const n = s[j];
    if (j === k - 2 && s[k - 1].role !== "wire-credit") continue;
    if (n.quoteWithSpeaker || (n.speech && n.cues.some((c) => c.position !== "none" && (c.kind === "speech" || c.kind === "colon")))) return true;
    if (n.tokens.some((t, i) => !t.quoted && SPEECH_EVENTS.has(t.lower) && i > 0 && n.tokens[i - 1].cap)) return true;
  }
  const own = s[k];
  if (own.cues.some((c) => c.kind === "colon")) return true;
  // a person just introduced ("Her neighbour, Sam Okoro, spent the night …") in an article that quotes people
  // and rarely speaks in the first person: their first-person words lost their quotation marks
  return k - 1 >= block.firstSentence && namesPerson(s[k - 1]) && quotesPeople;
}

/** Two capitalised words in a row after the sentence's first word: a person's name. */
function namesPerson(info: SentenceInfo): boolean {
  const t = info.tokens;
  for (let k = 2; k < t.length; k++) if (t[k].cap && t[k - 1].cap && t[k].word && t[k - 1].word && !t[k].quoted) return true;
  return false;
}

export const unquotedSpeech: ArticleRule = {
  id: "unquoted-speech",
  family: "article",
  defaultSeverity: "warning",
  description: "Direct or first-person speech in the author's voice that has lost its quotation marks.",
  check(ctx: ArticleContext): void {
    const { analysis } = ctx;
    const open = analysis.curlyQuotes ? "“" : '"';
    const close = analysis.curlyQuotes ? "”" : '"';
    const report = (span: { start: number; end: number }) => {
      const words = ctx.article.text.slice(span.start, span.end);
      ctx.report({
        span,
        message: `Direct speech without quotation marks: "${excerpt(words)}" reads as the author's own words — restore the quotation marks.`,
        fixes: [{
          title: "Restore the quotation marks",
          edits: [
            { span: { start: span.start, end: span.start }, text: open },
            { span: { start: span.end, end: span.end }, text: close },
          ],
        }],
      });
    };
    const quotesPeople = analysis.sentences.some((x) => x.quoteWithSpeaker);
    // A first-person piece (a column, an essay) speaks as "I" and "we" away from any quotation too: two such
    // free-standing first-person sentences, and nothing in it is taken for lost quotation marks.
    let freeStanding = 0;
    for (const x of analysis.sentences) {
      if (x.role === "body" && x.quoteShare === 0 && firstPerson(x) && !besideSpeech(analysis, x.index, false)) freeStanding++;
    }
    if (freeStanding >= 2) return;
    for (const info of analysis.sentences) {
      if (info.role !== "body" || info.quoteShare > 0) continue;
      // "Kell said: we start over." — a speech cue, a colon, and first-person words with no quotation marks
      const colonAt = info.tokens.findIndex((t, k) => t.text === ":" && k > 0 && info.cues.some((c) => c.kind === "speech" && c.span.end === info.tokens[k - 1].end));
      if (colonAt > 0 && colonAt + 1 < info.tokens.length) {
        const rest = { ...info, tokens: info.tokens.slice(colonAt + 1) };
        if (firstPerson(rest)) report({ start: info.tokens[colonAt + 1].start, end: info.sentence.end });
        continue;
      }
      if (info.cues.some((c) => c.kind !== "colon" && !c.mindClaim)) continue;
      if (!firstPerson(info) || !besideSpeech(analysis, info.index, quotesPeople)) continue;
      report({ start: info.body.start, end: info.sentence.end });
    }
  },
};
