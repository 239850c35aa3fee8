// Decides which open documents are articles Copydesk reviews, and names them for people.
// Pure: takes plain fields rather than importing vscode; must never read a document's text.

import { displayName, languageToKind, type ArticleKind } from "../core";
import { IGNORED_SCHEMES } from "./constants";

export interface DocumentLike {
  languageId: string;
  uri: { scheme: string; path: string; toString(): string };
}

/** True for documents in one of the configured languages and a scheme that holds real text someone edits. */
export function isArticleDocument(doc: DocumentLike, languages: readonly string[]): boolean {
  if (IGNORED_SCHEMES.includes(doc.uri.scheme)) return false;
  return languages.includes(doc.languageId);
}

/** The core's document kind: markup is stripped for Markdown and HTML, other languages read as plain prose. */
export function kindOf(doc: DocumentLike): ArticleKind {
  return languageToKind(doc.languageId, doc.uri.path);
}

/** What the log, the status item and hovers call a document: its file name, or "Untitled-1". */
export function shortName(docId: string): string {
  return displayName(docId).replace(/^[a-z][\w+.-]*:(?!\/)/i, "");
}
