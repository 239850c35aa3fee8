// Splits a prose view into blocks (paragraphs, headings, list items) and sentences, with offsets.
// Pure: no vscode import. Intl.Segmenter is run per block: on one long string it is far worse than linear on Node 20.

import type { Block, ProseView, Sentence } from "./article";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const BULLET = /^[ \t]*(?:[•●▪‣◦·*+-]|\d{1,3}[.)])[ \t]+/;

export function segmentBlocks(view: ProseView): { blocks: Block[]; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const text = view.text;
  const ranges = view.blocks ?? findBlocks(text);
  for (const r of ranges) {
    const block: Block = { index: blocks.length, kind: r.kind, start: r.start, end: r.end, firstSentence: sentences.length, endSentence: sentences.length };
    for (const seg of segmenter.segment(text.slice(r.start, r.end))) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      const start = r.start + seg.index + lead;
      sentences.push({ index: sentences.length, block: block.index, start, end: start + body.length, text: body });
    }
    block.endSentence = sentences.length;
    if (block.endSentence > block.firstSentence) blocks.push(block);
  }
  return { blocks, sentences };
}

/** Plaintext blocks: blank lines separate paragraphs; a bullet line is a list item on its own. */
function findBlocks(text: string): { start: number; end: number; kind: Block["kind"] }[] {
  const out: { start: number; end: number; kind: Block["kind"] }[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let cur: { start: number; end: number; kind: Block["kind"] } | null = null;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) && m[0].length > 0) {
    const line = m[0].replace(/[\r\n]+$/, "");
    const start = m.index;
    const end = start + line.length;
    if (!line.trim()) {
      cur = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      cur = { start: start + bullet[0].length, end, kind: "list-item" };
      out.push(cur);
      continue;
    }
    if (cur && cur.kind === "paragraph") cur.end = end;
    else {
      cur = { start: start + (line.length - line.trimStart().length), end, kind: "paragraph" };
      out.push(cur);
    }
  }
  return out;
}
