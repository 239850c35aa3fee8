// Reads the files the CLI is given and turns bytes into the text VS Code would show: UTF-8 (or UTF-16
// with a byte order mark), the BOM dropped so offsets match the editor's. Refuses what is not text.
// Never writes to or otherwise changes an input file.

import { readFileSync, statSync } from "node:fs";
import { languageToKind, type ReviewDocument } from "../core";

export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; reason: string };
export type ReadResult = { ok: true; doc: ReviewDocument; warning?: string } | { ok: false; reason: string };

/** Above this share of undecodable bytes a file is taken for binary rather than text with a few bad bytes. */
const MAX_INVALID_SHARE = 0.05;

/**
 * Decodes file bytes as the editor does. UTF-8 is the default; a UTF-16 BOM switches to UTF-16.
 * NUL bytes, or many bytes that are not UTF-8, mean a binary file.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = new TextDecoder(encoding).decode(bytes);
    if (text.includes("\u0000")) return { ok: false, reason: "binary file (NUL characters)" };
    return { ok: true, text };
  }
  if (bytes.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  try {
    // TextDecoder drops a leading UTF-8 BOM, as VS Code does, so offsets count from the first real character.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const invalid = countChar(text, 0xfffd) - countEncodedReplacement(bytes);
    if (invalid > MAX_INVALID_SHARE * Math.max(text.length, 1)) return { ok: false, reason: "binary file (not UTF-8 text)" };
    return { ok: true, text, warning: `${invalid} byte sequence${invalid === 1 ? " is" : "s are"} not UTF-8; read as \uFFFD, as the editor shows them` };
  }
}

function countChar(text: string, code: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not a decoding failure. */
function countEncodedReplacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "no such file (a part of the path is not a directory)";
    case "ENAMETOOLONG":
      return "file name too long";
    default:
      return `cannot read (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

/** Reads one input: a path, or "-" for standard input (read through `readStdin`). */
export function readInput(path: string, maxSize: number, readStdin: () => Uint8Array): ReadResult {
  let bytes: Uint8Array;
  try {
    if (path === "-") {
      bytes = readStdin();
    } else {
      const st = statSync(path);
      if (st.isDirectory()) return { ok: false, reason: "is a directory, not a file" };
      // Regular files are measured before reading so a huge one is never loaded; pipes are measured after.
      if (st.isFile() && st.size > maxSize) return { ok: false, reason: tooLarge(st.size, maxSize) };
      bytes = readFileSync(path);
    }
  } catch (e) {
    return { ok: false, reason: describeError(e) };
  }
  if (bytes.length > maxSize) return { ok: false, reason: tooLarge(bytes.length, maxSize) };
  const d = decode(bytes);
  if (!d.ok) return d;
  return { ok: true, doc: { id: path, source: d.text, kind: languageToKind(undefined, path === "-" ? "" : path) }, warning: d.warning };
}

function tooLarge(size: number, max: number): string {
  return `too large: ${size} bytes, the limit is ${max} (raise it with --max-size)`;
}
