// Compares two versions of one article: which sentences correspond (alignment), computed once per pair
// and shared by every version rule. Pure: no vscode import.

import type { Article } from "../article";
import type { Config } from "../types";

/**
 * Sentences of version a that correspond to sentences of version b. Usually one to one; a split or a
 * merge gives one sentence on one side and two on the other. Indices are into `article.sentences`.
 */
export interface AlignedPair {
  a: number[];
  b: number[];
  /** Similarity of the two sides, 0..1. */
  score: number;
  /** True when the pair sits out of order relative to its neighbours: a moved sentence, not a delete plus an add. */
  moved: boolean;
}

export interface Comparison {
  a: Article;
  b: Article;
  /** In order of version a. */
  pairs: AlignedPair[];
  /** Sentences present in one version only (indices into that version's sentences). */
  onlyA: number[];
  onlyB: number[];
}

export function compareArticles(a: Article, b: Article, config: Config): Comparison {
  void config;
  return { a, b, pairs: [], onlyA: [], onlyB: [] };
}
