// Turns the engine's source offsets into editor positions (0-based line, UTF-16 character) for every
// formatter, with one line index per document. Never guesses: an unknown document is an error.

import { LineIndex, type Position, type ReviewDocument, type Span } from "../../core";

export interface Range {
  start: Position;
  end: Position;
}

export class Locator {
  private readonly sources = new Map<string, string>();
  private readonly indexes = new Map<string, LineIndex>();

  constructor(docs: readonly ReviewDocument[]) {
    for (const d of docs) this.sources.set(d.id, d.source);
  }

  private index(id: string): LineIndex {
    let ix = this.indexes.get(id);
    if (!ix) {
      const source = this.sources.get(id);
      if (source === undefined) throw new Error(`a finding names a document that was not reviewed: ${id}`);
      ix = new LineIndex(source);
      this.indexes.set(id, ix);
    }
    return ix;
  }

  range(id: string, span: Span): Range {
    const ix = this.index(id);
    return { start: ix.positionAt(span.start), end: ix.positionAt(span.end) };
  }

  /** The source text a span covers, white space collapsed. */
  excerpt(id: string, span: Span): string {
    return (this.sources.get(id) ?? "").slice(span.start, span.end).replace(/\s+/g, " ").trim();
  }
}
