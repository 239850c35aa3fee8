// Compares two versions of one article: sentence alignment plus the facts of each aligned pair.
// Pure: no vscode import.

import type { Article } from "../article";
import type { Config } from "../types";

export interface Comparison {
  a: Article;
  b: Article;
}

export function compareArticles(a: Article, b: Article, config: Config): Comparison {
  void config;
  return { a, b };
}
