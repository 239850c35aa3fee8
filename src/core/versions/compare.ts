// Compares two versions of one article: which sentences correspond (alignment), computed once per pair
// and shared by every version rule. Pure: no vscode import. It never judges the differences; rules do.

import type { Article } from "../article";
import type { Config } from "../types";
import { alignSentences, type AlignedPair } from "./align";
import { articleFeatures } from "./tokens";

export type { AlignedPair };

export interface Comparison {
  a: Article;
  b: Article;
  /** In order of version a. */
  pairs: AlignedPair[];
  /** Sentences present in one version only (indices into that version's sentences). */
  onlyA: number[];
  onlyB: number[];
  /** For each sentence of a (of b): the index in `pairs` of the pair holding it, or -1 when it is in one version only. */
  pairOfA: Int32Array;
  pairOfB: Int32Array;
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const DATE = new RegExp(
  `\\b(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${WEEKDAY})\\b`,
  "gi",
);

/** Share of a sentence's letters and digits taken by date expressions; a dateline is nearly all date. */
function dateShare(text: string): number {
  const total = text.replace(/[^\p{L}\p{N}]/gu, "").length;
  if (!total) return 0;
  let dated = 0;
  for (const m of text.matchAll(DATE)) dated += m[0].replace(/[^\p{L}\p{N}]/gu, "").length;
  return dated / total;
}

export function compareArticles(a: Article, b: Article, config: Config): Comparison {
  void config;
  const fa = articleFeatures(a);
  const fb = articleFeatures(b);
  const alignment = alignSentences(fa.sentences, fb.sentences, {
    // A dateline rewritten in another format shares no words with its counterpart; at the same place in
    // the text, two date-bearing lines of which one is almost only a date are the same line.
    sameSlot: (i, j) => {
      const x = dateShare(a.sentences[i].text);
      const y = dateShare(b.sentences[j].text);
      return x > 0 && y > 0 && Math.max(x, y) >= 0.6;
    },
  });
  const pairOfA = new Int32Array(a.sentences.length).fill(-1);
  const pairOfB = new Int32Array(b.sentences.length).fill(-1);
  alignment.pairs.forEach((p, k) => {
    for (const i of p.a) pairOfA[i] = k;
    for (const j of p.b) pairOfB[j] = k;
  });
  return { a, b, pairs: alignment.pairs, onlyA: alignment.onlyA, onlyB: alignment.onlyB, pairOfA, pairOfB };
}
