// Decides which documents are versions of one story, from their text alone.
// Pure: no vscode import.

import type { Article } from "../article";

export interface Pair {
  a: string;
  b: string;
  similarity: number;
}

export function similarity(a: Article, b: Article): number {
  void a;
  void b;
  return 0;
}

export function pairArticles(articles: Article[], threshold: number): Pair[] {
  void articles;
  void threshold;
  return [];
}
