// Decides which documents are versions of one story, from their text alone.
// Pure: no vscode import. It must never pair two articles because they share a topic's vocabulary only:
// a version shares the story's particular phrases, names and figures, not just its beat's words.

import type { Article } from "../article";
import { articleTokens, keyOf, Kind, vocabularySize } from "./tokens";

export interface Pair {
  a: string;
  b: string;
  similarity: number;
}

/**
 * The signature of an article: three sets of interned features, each sorted ascending.
 * - words: content-word stems (survive paraphrase, but a whole beat shares many of them);
 * - bigrams: adjacent content-word stems ("peace talk", "kharkiv region"), which a rewrite keeps far more
 *   often than an unrelated story on the same beat happens to produce;
 * - facts: names and numbers, which a version keeps and a different story mostly does not.
 */
interface Signature {
  words: Float64Array;
  bigrams: Float64Array;
  facts: Float64Array;
}

const signatures = new WeakMap<Article, Signature>();

function signature(article: Article): Signature {
  let sig = signatures.get(article);
  if (sig) return sig;
  const sentences = articleTokens(article).sentences;
  let total = 0;
  for (const codes of sentences) total += codes.length;
  // Flat buffers sorted and deduplicated at the end: a Set of numbers this large (bigram keys exceed
  // 32 bits) costs several times more, and pairing runs on every change to any open article.
  // Words and facts are marked in a table indexed by feature id, which yields them distinct and in order
  // with no sort; only the bigrams (keys beyond 32 bits) are sorted.
  const seen = new Uint8Array(vocabularySize());
  const WORD = 1;
  const FACT = 2;
  const bigrams = new Float64Array(total);
  let nb = 0;
  for (const codes of sentences) {
    let prev = -1;
    for (let k = 0; k < codes.length; k++) {
      const id = codes[k] >> 2;
      seen[id] |= WORD;
      // Names and figures, except one- and two-digit numbers, which any story has plenty of.
      if ((codes[k] & 3) !== Kind.Word && !(seen[id] & FACT) && !smallNumber(keyOf(id))) seen[id] |= FACT;
      if (prev >= 0) bigrams[nb++] = prev < id ? prev * 4194304 + id : id * 4194304 + prev;
      prev = id;
    }
  }
  let nw = 0;
  let nf = 0;
  for (let id = 0; id < seen.length; id++) {
    if (seen[id] & WORD) nw++;
    if (seen[id] & FACT) nf++;
  }
  const words = new Float64Array(nw);
  const facts = new Float64Array(nf);
  nw = 0;
  nf = 0;
  for (let id = 0; id < seen.length; id++) {
    if (seen[id] & WORD) words[nw++] = id;
    if (seen[id] & FACT) facts[nf++] = id;
  }
  sig = { words, bigrams: uniqueSorted(bigrams.subarray(0, nb)), facts };
  signatures.set(article, sig);
  return sig;
}

/** "7", "42": one or two digits. */
function smallNumber(key: string): boolean {
  if (key.length > 2) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return key.length > 0;
}

/** The distinct values of `xs`, ascending, in a new array (sorts `xs` in place). */
function uniqueSorted(xs: Float64Array): Float64Array {
  xs.sort();
  let n = 0;
  for (let k = 0; k < xs.length; k++) if (k === 0 || xs[k] !== xs[k - 1]) xs[n++] = xs[k];
  return xs.slice(0, n);
}

/**
 * Overlap of two sorted sets relative to the geometric mean of their sizes (a cosine on sets): unlike
 * Jaccard it does not punish a version that was cut to half the length.
 */
function overlap(x: Float64Array, y: Float64Array): number {
  if (!x.length || !y.length) return 0;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      n++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return n / Math.sqrt(x.length * y.length);
}

/** Share of x above a floor, rescaled to 0..1: what is left once the part any two texts share is taken off. */
const above = (x: number, floor: number): number => Math.max(0, x - floor) / (1 - floor);

/** How likely two articles are versions of one story, 0..1. Symmetric. */
export function similarity(a: Article, b: Article): number {
  const x = signature(a);
  const y = signature(b);
  const words = overlap(x.words, y.words);
  const bigrams = overlap(x.bigrams, y.bigrams);
  const facts = x.facts.length >= 3 && y.facts.length >= 3 ? overlap(x.facts, y.facts) : words;
  // Two stories on one beat share up to about 0.3 of their words and, on a local beat, 0.4 of their names
  // (the same mayor, the same council members), but hardly any phrases. Versions share all three; the floors
  // take the beat's share away, so only phrases and what lies above the floors count.
  const score = 0.45 * bigrams + 0.35 * above(words, 0.3) + 0.2 * above(facts, 0.45);
  return Math.round(Math.min(1, score) * 1000) / 1000;
}

/**
 * Pairs each article with its closest partner when that partner is similar enough. With three or more
 * versions of one story this links each to its nearest version rather than every one to every other.
 * Pairs come in input order: `a` is the article given earlier.
 */
export function pairArticles(articles: Article[], threshold: number): Pair[] {
  const n = articles.length;
  const sims: number[][] = articles.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (articles[i].sentences.length === 0 || articles[j].sentences.length === 0) continue;
      sims[i][j] = sims[j][i] = similarity(articles[i], articles[j]);
    }
  }
  const edges = new Map<string, Pair>();
  for (let i = 0; i < n; i++) {
    let best = -1;
    for (let j = 0; j < n; j++) if (j !== i && sims[i][j] >= threshold && (best < 0 || sims[i][j] > sims[i][best])) best = j;
    if (best < 0) continue;
    const [x, y] = i < best ? [i, best] : [best, i];
    edges.set(`${x} ${y}`, { a: articles[x].id, b: articles[y].id, similarity: sims[x][y] });
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return [...edges.values()].sort((p, q) => order.get(p.a)! - order.get(q.a)! || order.get(p.b)! - order.get(q.b)!);
}
