// Finds direct quotations in an article: curly and straight double quotes, „German“, «guillemets» and
// single quotes that are not apostrophes. A quotation left open at the end of a paragraph runs to the
// paragraph's end, as multi-paragraph quotations do in news copy.
// Pure: no vscode import. Never treats an apostrophe ("Russia's", "officials'") as a quotation mark.

import type { Article } from "../article";
import { perArticle } from "./sentence-facts";
import { turnOf } from "./transcript";

export interface Quote {
  /** The quotation including its marks. */
  start: number;
  end: number;
  /** The quoted words only. */
  innerStart: number;
  innerEnd: number;
  /** Set for a speaker's turn in a printed interview: speech without marks, so no marks to lose. */
  turn?: true;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013:;,“"]/u;

function scanBlock(text: string, from: number, to: number, out: Quote[]): void {
  let open = -1;
  let closer = "";
  for (let i = from; i < to; i++) {
    // every character of the article passes here; only quotation marks and apostrophes need a look
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && code !== 0x201c && code !== 0x201d && code !== 0x201e && code !== 0x2018 && code !== 0x2019 && code !== 0xab && code !== 0xbb) continue;
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
  return withTurns(article, out);
}

/**
 * A speaker's turn in a printed interview ("MOREAU: We rest for a week, then we go again.") is direct speech
 * with no marks: each of its sentences counts as a quotation, unless it holds quotation marks of its own.
 * The questions and the presenter's lines are not speech to quote.
 */
function withTurns(article: Article, quotes: Quote[]): Quote[] {
  const text = article.text;
  let added = false;
  for (let i = 0; i < article.sentences.length; i++) {
    const turn = turnOf(article, i);
    if (turn?.voice !== "speaker") continue;
    const s = article.sentences[i];
    let from = Math.max(s.start, turn.end);
    while (from < s.end && /\s/.test(text[from])) from++;
    let end = s.end;
    while (end > from && /\s/.test(text[end - 1])) end--;
    if (end <= from || quotes.some((q) => q.start < end && q.end > from)) continue;
    quotes.push({ start: from, end, innerStart: from, innerEnd: end, turn: true });
    added = true;
  }
  if (added) quotes.sort((x, y) => x.start - y.start);
  return quotes;
}

export function findQuotes(article: Article): Quote[] {
  return perArticle(article, "quotes", scan);
}

/** Do the quotations' inner ends only grow (blocks in order, quotations never nested)? Checked, not assumed. */
function ordered(article: Article): boolean {
  return perArticle(article, "quotesOrdered", (a) => {
    const qs = findQuotes(a);
    for (let k = 1; k < qs.length; k++) if (qs[k].innerEnd < qs[k - 1].innerEnd || qs[k].innerStart < qs[k - 1].innerStart) return false;
    return true;
  });
}

/** The quoted words of a quotation, folded: letters and digits only, single-spaced (to find one quotation in both versions). */
export function quotedWords(article: Article, q: Quote): string {
  return article.text.slice(q.innerStart, q.innerEnd).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Quotations overlapping [start, end). */
export function quotesIn(article: Article, start: number, end: number): Quote[] {
  const qs = findQuotes(article);
  if (!ordered(article)) return qs.filter((q) => q.innerStart < end && q.innerEnd > start);
  // asked for every side of every changed pair: binary search to the first quotation ending after `start`
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid].innerEnd > start) hi = mid;
    else lo = mid + 1;
  }
  const out: Quote[] = [];
  for (let k = lo; k < qs.length && qs[k].innerStart < end; k++) out.push(qs[k]);
  return out;
}
