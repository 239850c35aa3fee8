// The document model: a source text (plaintext, Markdown or HTML) turned into a prose view
// with blocks and sentences, and an exact map from view offsets back to source offsets.
// Pure: no vscode import; rules read only this model, never the raw markup.

import type { ArticleKind, Span } from "./types";
import { buildView } from "./markup";
import { segmentBlocks } from "./segment";

export type BlockKind = "heading" | "paragraph" | "list-item" | "blockquote";
/** Where markup says a block sits when it is not running text: a figure or table caption, a table cell. */
export type BlockOrigin = "caption" | "table-cell";
/**
 * What a sentence is when it is not a statement of the article: a dateline ("Wednesday, November 20, 2024",
 * "date 2023-12-24"), a photo or image credit ("Contributor/Getty Images"), a byline ("By Jane Doe").
 */
export type SentenceRole = "dateline" | "credit" | "byline";

/** A paragraph-like unit of the prose view: a paragraph, a heading, one list item, one line of a caption. */
export interface Block {
  index: number;
  kind: BlockKind;
  /** View offsets. */
  start: number;
  end: number;
  /** Sentences of this block: indices [firstSentence, endSentence). */
  firstSentence: number;
  endSentence: number;
  /** Set for captions and table cells stated by Markdown or HTML markup. */
  origin?: BlockOrigin;
}

export interface Sentence {
  index: number;
  block: number;
  /** View offsets; `text` is `article.text.slice(start, end)`, trimmed of surrounding white space. */
  start: number;
  end: number;
  text: string;
  /** Set when the sentence is a dateline, a credit or a byline rather than prose. */
  role?: SentenceRole;
}

export interface Article {
  id: string;
  kind: ArticleKind;
  /** The document exactly as the editor or the file holds it. */
  source: string;
  /** The prose view: markup, code, front matter and comments removed; entities decoded. */
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  /** Word count of the prose view. */
  words: number;
  /** Maps a view span to the source span that produced it. */
  toSource(span: Span): Span;
}

/** The prose view before segmentation: text plus, per view character, the source range it came from. */
export interface ProseView {
  text: string;
  /** srcStart[i] / srcEnd[i]: source range of view character i. Omitted when the view is the source. */
  srcStart?: Int32Array;
  srcEnd?: Int32Array;
  /** Block boundaries the markup states (headings, list items); plaintext blocks are found by segment.ts. */
  blocks?: { start: number; end: number; kind: BlockKind; origin?: BlockOrigin }[];
}

/** 1 when a BMP code unit is a letter or digit, 2 when not, 0 when not yet asked. */
const ALNUM = new Uint8Array(65536);
const ALNUM_RE = /^[\p{L}\p{N}]$/u;

function isAlnum(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp > 0xffff) return ALNUM_RE.test(String.fromCodePoint(cp));
  let v = ALNUM[cp];
  if (!v) v = ALNUM[cp] = ALNUM_RE.test(String.fromCharCode(cp)) ? 1 : 2;
  return v === 1;
}

const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45;

/** Index of the sentence holding offset `at`, or -1 (binary search: sentences are in order). */
export function sentenceIndexAt(article: Article, at: number): number {
  const ss = article.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ss[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return ss.length && ss[lo].start <= at && at < ss[lo].end ? lo : -1;
}

/**
 * Words of the prose view: runs of letters and digits, joined across single apostrophes, periods and hyphens
 * ("don't", "U.S", "two-year"). A hand-written scan: a Unicode-class regular expression is several times slower.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let joined = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    let wide = false;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        wide = true;
      }
    }
    if (isAlnum(cp)) {
      if (!inWord && !joined) n++;
      inWord = true;
      joined = false;
    } else {
      joined = inWord && isJoiner(cp);
      inWord = false;
    }
    if (wide) i++;
  }
  return n;
}

export function languageToKind(languageId: string | undefined, fileName = ""): ArticleKind {
  const id = (languageId ?? "").toLowerCase();
  if (id === "markdown" || /\.(md|markdown|mdx)$/i.test(fileName)) return "markdown";
  if (id === "html" || /\.(html?|xhtml)$/i.test(fileName)) return "html";
  return "plaintext";
}

export function parseArticle(id: string, source: string, kind: ArticleKind = "plaintext"): Article {
  const view = buildView(source, kind);
  const { blocks, sentences } = segmentBlocks(view);
  const { srcStart, srcEnd } = view;
  const toSource =
    srcStart && srcEnd
      ? (span: Span): Span => {
          const n = srcStart.length;
          if (n === 0) return { start: 0, end: 0 };
          if (span.start >= n) return { start: srcEnd[n - 1], end: srcEnd[n - 1] };
          const s = Math.max(span.start, 0);
          if (span.end <= span.start) return { start: srcStart[s], end: srcStart[s] };
          const e = Math.min(span.end, n) - 1;
          return { start: srcStart[s], end: Math.max(srcEnd[e], srcStart[s]) };
        }
      : (span: Span): Span => ({ start: span.start, end: span.end });
  return { id, kind, source, text: view.text, blocks, sentences, words: countWords(view.text), toSource };
}
