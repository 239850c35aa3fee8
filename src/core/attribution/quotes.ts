// Finds quotations in the prose view: curly, straight and guillemet double quotes, and curly single quotes,
// paired within a paragraph, with news convention for a quote that runs on into the next paragraph.
// Pure: no vscode import. One pass over each block; must never pair an apostrophe ("Ukraine’s") as a quote.

import type { Article } from "../article";

export interface Quote {
  /** View offsets, quotation marks included. */
  start: number;
  end: number;
  block: number;
  /** The closing mark was found in the block; an open quote runs to the block's end (a speech continued below). */
  closed: boolean;
  /** This quote opens a paragraph right after a paragraph whose quote stayed open. */
  continued: boolean;
}

const OPENERS = new Set(["“", "«", "„"]);
const CLOSERS = new Set(["”", "»"]);
const LETTER = /[\p{L}\p{N}]/u;

export function findQuotes(article: Article): Quote[] {
  const text = article.text;
  const out: Quote[] = [];
  let previousOpen = false;
  for (const block of article.blocks) {
    let open = -1;
    let straight = false;
    for (let i = block.start; i < block.end; i++) {
      const c = text[i];
      if (open < 0) {
        if (OPENERS.has(c) || (c === '"' && opensStraight(text, i, block.start))) {
          open = i;
          straight = c === '"';
        } else if (c === "‘" && !LETTER.test(text[i - 1] ?? " ")) {
          const close = singleClose(text, i + 1, block.end);
          if (close > 0) {
            out.push({ start: i, end: close + 1, block: block.index, closed: true, continued: false });
            i = close;
          }
        }
      } else if ((straight && c === '"') || (!straight && CLOSERS.has(c))) {
        out.push({ start: open, end: i + 1, block: block.index, closed: true, continued: previousOpen && isFirstQuote(text, block.start, open) });
        open = -1;
      }
    }
    if (open >= 0) {
      out.push({ start: open, end: block.end, block: block.index, closed: false, continued: previousOpen && isFirstQuote(text, block.start, open) });
      previousOpen = true;
    } else previousOpen = false;
  }
  return out;
}

function isFirstQuote(text: string, blockStart: number, at: number): boolean {
  if (at < 0) return false;
  return !text.slice(blockStart, at).trim();
}

/** A straight double quote opens when it follows a space, an opening bracket or dash, or starts the block, and a word follows. */
function opensStraight(text: string, i: number, blockStart: number): boolean {
  const before = i > blockStart ? text[i - 1] : " ";
  const after = text[i + 1] ?? " ";
  return /[\s([{—–-]/.test(before) && !/\s/.test(after);
}

/** The ’ that closes a curly single quote: not followed by a letter (so not "Ukraine’s"), within the block. */
function singleClose(text: string, from: number, end: number): number {
  for (let j = from; j < end; j++) {
    if (text[j] === "’" && !LETTER.test(text[j + 1] ?? " ") && LETTER.test(text[j - 1] ?? " ") && text[j - 1] !== "s") return j;
    if (text[j] === "’" && !LETTER.test(text[j + 1] ?? " ") && /[.,!?]/.test(text[j - 1] ?? "")) return j;
    if (text[j] === "\n") return -1;
  }
  return -1;
}

/** Whether a view offset lies inside a quotation (marks included): binary search over sorted quotes. */
export function makeQuotedAt(quotes: readonly Quote[]): (offset: number) => boolean {
  return (offset: number) => quoteAt(quotes, offset) >= 0;
}

export function quoteAt(quotes: readonly Quote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
