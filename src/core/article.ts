// The document model: a source text (plaintext, Markdown or HTML) turned into a prose view
// with blocks and sentences, and an exact map from view offsets back to source offsets.
// Pure: no vscode import; rules read only this model, never the raw markup.

import type { ArticleKind, Span } from "./types";
import { buildView } from "./markup";
import { segmentBlocks } from "./segment";

export type BlockKind = "heading" | "paragraph" | "list-item" | "blockquote";

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
}

export interface Sentence {
  index: number;
  block: number;
  /** View offsets; `text` is `article.text.slice(start, end)`, trimmed of surrounding white space. */
  start: number;
  end: number;
  text: string;
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
  blocks?: { start: number; end: number; kind: BlockKind }[];
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
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
          const s = Math.min(Math.max(span.start, 0), n - 1);
          if (span.end <= span.start) return { start: srcStart[s], end: srcStart[s] };
          const e = Math.min(Math.max(span.end - 1, 0), n - 1);
          return { start: srcStart[s], end: Math.max(srcEnd[e], srcStart[s]) };
        }
      : (span: Span): Span => ({ start: span.start, end: span.end });
  return { id, kind, source, text: view.text, blocks, sentences, words: countWords(view.text), toSource };
}
