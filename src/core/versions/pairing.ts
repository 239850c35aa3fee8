// Decides which documents are versions of one story, from their text alone.
// Pure: no vscode import. It must never pair two articles because they share a topic's vocabulary only:
// a version shares the story's particular phrases, names and figures, not just its beat's words.

import type { Article } from "../article";
import { contentTokens, intern, Kind, stem } from "./tokens";

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
  words: Int32Array;
  bigrams: Int32Array;
  facts: Int32Array;
}

const signatures = new WeakMap<Article, Signature>();

function signature(article: Article): Signature {
  let sig = signatures.get(article);
  if (sig) return sig;
  const words = new Set<number>();
  const bigrams = new Set<number>();
  const facts = new Set<number>();
  for (const s of article.sentences) {
    let prev = "";
    for (const t of contentTokens(s.text)) {
      const key = t.kind === Kind.Name ? stem(t.key) : t.key;
      words.add(intern(key));
      if (t.kind !== Kind.Word && !/^\d{1,2}$/.test(key)) facts.add(intern(`#${key}`));
      if (prev) bigrams.add(intern(prev < key ? `${prev} ${key}` : `${key} ${prev}`));
      prev = key;
    }
  }
  const sorted = (s: Set<number>): Int32Array => Int32Array.from(s).sort();
  sig = { words: sorted(words), bigrams: sorted(bigrams), facts: sorted(facts) };
  signatures.set(article, sig);
  return sig;
}

/**
 * Overlap of two sorted sets relative to the geometric mean of their sizes (a cosine on sets): unlike
 * Jaccard it does not punish a version that was cut to half the length.
 */
function overlap(x: Int32Array, y: Int32Array): number {
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

/** How likely two articles are versions of one story, 0..1. Symmetric. */
export function similarity(a: Article, b: Article): number {
  const x = signature(a);
  const y = signature(b);
  const words = overlap(x.words, y.words);
  const bigrams = overlap(x.bigrams, y.bigrams);
  const facts = x.facts.length >= 3 && y.facts.length >= 3 ? overlap(x.facts, y.facts) : words;
  // Shared beat vocabulary alone lifts `words` to about 0.3; subtracting that floor keeps two stories on one
  // beat apart while a paraphrase, which keeps far more, stays well above it.
  const score = 0.3 * Math.max(0, words - 0.25) / 0.75 + 0.4 * bigrams + 0.3 * facts;
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
