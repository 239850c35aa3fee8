// Per-article analysis shared by the one-article rules (attribution, quotes, dates), computed once per check.
// Pure: no vscode import.

import type { Article } from "./article";
import type { Config } from "./types";

export interface ArticleAnalysis {
  article: Article;
}

export function analyzeArticle(article: Article, config: Config): ArticleAnalysis {
  void config;
  return { article };
}
