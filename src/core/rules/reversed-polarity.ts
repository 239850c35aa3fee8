// Rule `reversed-polarity`: one version says the opposite of the other: a negation added or removed
// ("should be seen" / "we have yet to see"), or an antonym swapped in ("rose" / "fell").
// Pure: no vscode import. Compares the polarity of corresponding clauses, so two negative wordings
// ("no politician was seen" / "they do not see any politician") stay quiet; never reports clauses
// that share too few words to be the same statement.

import type { VersionRule, VersionContext } from "./rule";
import type { Span } from "../types";
import { antonymPairs, isNegative, splitClauses, type Clause } from "../facts/negation";
import { changedPairs, type Side } from "../facts/sentence-facts";
import type { Word } from "../facts/words";
import { dedupe, twoSided } from "../facts/report";

const STOP = new Set(
  (
    "a an the and or but of to in on at by for from with as than that this these those which who whom whose what it its they them their " +
    "he him his she her we us our you your i be have do will would shall should can could may might must not no never any some there here " +
    "so if then also just only very more most such all each both either neither nor yet"
  ).split(" "),
);
const AUX = new Set(
  "be have do will would shall should can could may might must to has had did does is are was were been being am 's 're 've 'd not yet".split(" "),
);

interface ClauseView {
  clause: Clause;
  words: Word[];
  content: Set<string>;
}

function clausesOf(s: Side): ClauseView[] {
  const ws = s.words;
  const text = s.article.text;
  return splitClauses(ws, (i) => text.slice(ws[i - 1].end, ws[i].start)).map((clause) => {
    const words = ws.slice(clause.from, clause.to);
    const cueWords = new Set<number>();
    clause.cues.forEach((c, k) => {
      for (let n = 0; n < clause.cueLengths[k]; n++) cueWords.add(c + n);
    });
    const content = new Set<string>();
    for (let i = clause.from; i < clause.to; i++) if (!cueWords.has(i) && !STOP.has(ws[i].norm) && !/^\d/.test(ws[i].norm)) content.add(ws[i].lemma);
    return { clause, words, content };
  });
}

function overlap(x: ClauseView, y: ClauseView): { shared: number; dice: number } {
  let shared = 0;
  for (const l of x.content) if (y.content.has(l)) shared++;
  return { shared, dice: x.content.size + y.content.size ? (2 * shared) / (x.content.size + y.content.size) : 0 };
}

/** Back from word i over auxiliaries ("should be seen", "have yet to see"). */
function auxStart(ws: Word[], i: number, floor: number): number {
  let k = i;
  while (k - 1 >= floor && AUX.has(ws[k - 1].norm) && i - k < 3) k--;
  return k;
}

/**
 * The words that carry the difference: the negation with its predicate, and the same predicate on the
 * other side. Null when the negation governs nothing the other clause says: then the two clauses do not
 * make the same statement with opposite signs, they make different statements.
 */
function spans(neg: ClauseView, negWords: Word[], pos: ClauseView, posWords: Word[], text: string): [Span, Span] | null {
  const c = neg.clause.cues[0];
  const len = neg.clause.cueLengths[0];
  for (let i = c + len; i < Math.min(neg.clause.to, c + len + 5); i++) {
    // the negation's scope ends at punctuation: "has not resigned, aides said" negates only "resigned"
    if (i > c + len && /[,;:()\u2014\u2013]/.test(text.slice(negWords[i - 1].end, negWords[i].start))) break;
    const l = negWords[i].lemma;
    if (STOP.has(negWords[i].norm) || !pos.content.has(l)) continue;
    const posAt = posWords.findIndex((w, k) => k >= pos.clause.from && k < pos.clause.to && w.lemma === l);
    if (posAt < 0) return null;
    return [
      { start: negWords[auxStart(negWords, c, neg.clause.from)].start, end: negWords[i].end },
      { start: posWords[auxStart(posWords, posAt, pos.clause.from)].start, end: posWords[posAt].end },
    ];
  }
  return null;
}

export const reversedPolarity: VersionRule = {
  id: "reversed-polarity",
  family: "versions",
  defaultSeverity: "error",
  description: "One version says the opposite of the other: a negation added or removed, or an antonym swapped in.",
  check(ctx: VersionContext): void {
    const report = dedupe(ctx.report);
    for (const { a, b } of changedPairs(ctx.a, ctx.b, ctx.comparison.pairs)) {
      const ca = clausesOf(a);
      const cb = clausesOf(b);
      // best-matching clauses first, each clause used once
      const cands: { x: ClauseView; y: ClauseView; dice: number }[] = [];
      for (const x of ca) {
        for (const y of cb) {
          const o = overlap(x, y);
          if (o.shared >= 2 && o.dice >= 0.3) cands.push({ x, y, dice: o.dice });
        }
      }
      cands.sort((p, q) => q.dice - p.dice);
      const usedA = new Set<ClauseView>();
      const usedB = new Set<ClauseView>();
      for (const { x, y } of cands) {
        if (usedA.has(x) || usedB.has(y)) continue;
        usedA.add(x);
        usedB.add(y);
        const antonyms = antonymPairs(x.words, y.words);
        const negA = isNegative(x.clause);
        const negB = isNegative(y.clause);
        const flips = (negA !== negB ? 1 : 0) + antonyms.length;
        if (flips % 2 === 0) continue;
        let pair: [Span, Span] | null;
        if (negA !== negB) {
          const r = negA ? spans(x, a.words, y, b.words, ctx.a.text) : spans(y, b.words, x, a.words, ctx.b.text);
          pair = r && (negA ? r : [r[1], r[0]]);
        } else {
          const [i, j] = antonyms[0];
          pair = [
            { start: x.words[i].start, end: x.words[i].end },
            { start: y.words[j].start, end: y.words[j].end },
          ];
        }
        if (pair) {
          const [sa, sb] = pair;
          report(
            twoSided(ctx.a, sa, ctx.b, sb, (here, there) =>
              `Polarity reversed: this version says ${here}; the other says ${there}. One of them says the opposite: check which is right and make the versions agree.`,
            false),
          );
        }
      }
    }
  },
};
