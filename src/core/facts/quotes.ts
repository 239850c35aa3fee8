// Finds direct quotations in an article: curly and straight double quotes, „German“, «guillemets» and
// single quotes that are not apostrophes. A quotation left open at the end of a paragraph runs to the
// paragraph's end, as multi-paragraph quotations do in news copy.
// Pure: no vscode import. Never treats an apostrophe ("Russia's", "officials'") as a quotation mark.

import type { Article } from "../article";
import { perArticle } from "./sentence-facts";

export interface Quote {
  /** The quotation including its marks. */
  start: number;
  end: number;
  /** The quoted words only. */
  innerStart: number;
  innerEnd: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013:;,“"]/u;

function scanBlock(text: string, from: number, to: number, out: Quote[]): void {
  let open = -1;
  let closer = "";
  for (let i = from; i < to; i++) {
    const c = text[i];
    const prev = i > from ? text[i - 1] : " ";
    const next = i + 1 < to ? text[i + 1] : " ";
    if (open < 0) {
      if (c === "“" || c === "„" || c === "«") {
        open = i;
        closer = c === "«" ? "»" : c === "„" ? "“”" : "”";
      } else if (c === '"' && !/\s/.test(next)) {
        open = i;
        closer = '"';
      } else if ((c === "‘" || c === "'") && OPENING_CONTEXT.test(prev) && LETTER_OR_DIGIT.test(next)) {
        open = i;
        closer = c === "‘" ? "’" : "'";
      }
      continue;
    }
    const single = closer === "’" || closer === "'";
    if (closer.includes(c) && (!single || !LETTER_OR_DIGIT.test(next))) {
      out.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i });
      open = -1;
    }
  }
  // a single quote never closed was an apostrophe; a double one runs to the end of the paragraph
  if (open >= 0 && closer !== "’" && closer !== "'") out.push({ start: open, end: to, innerStart: open + 1, innerEnd: to });
}

function scan(article: Article): Quote[] {
  const out: Quote[] = [];
  for (const b of article.blocks) scanBlock(article.text, b.start, b.end, out);
  return out;
}

export function findQuotes(article: Article): Quote[] {
  return perArticle(article, "quotes", scan);
}

/** Quotations overlapping [start, end). */
export function quotesIn(article: Article, start: number, end: number): Quote[] {
  return findQuotes(article).filter((q) => q.innerStart < end && q.innerEnd > start);
}
