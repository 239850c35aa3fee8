// Builds the prose view of a document: what a reader reads, with a map back to the source.
// Pure: no vscode import.

import type { ArticleKind } from "./types";
import type { ProseView } from "./article";

export function buildView(source: string, kind: ArticleKind): ProseView {
  // Plaintext is its own view. Markdown and HTML are handled the same way until their
  // stripping lands (see issue 2); the map stays exact because nothing is removed.
  void kind;
  return { text: source };
}
