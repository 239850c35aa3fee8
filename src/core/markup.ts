// Builds the prose view of a document: what a reader reads, with an exact map back to the source.
// Plaintext is its own view (directive lines blanked); Markdown and HTML are stripped of markup, code,
// comments, front matter and link targets, with entities decoded, and state their own blocks.
// Every view character records the source range it came from, so a rule's view span always maps back
// to the words in the editor. It must never throw or run worse than linear on any input, however broken.
// Pure: no vscode import.

import type { ArticleKind } from "./types";
import type { BlockKind, BlockOrigin, ProseView } from "./article";
import { findDirectives } from "./directives";

type ViewBlock = NonNullable<ProseView["blocks"]>[number];

export function buildView(source: string, kind: ArticleKind): ProseView {
  if (kind === "markdown") return markdownView(source);
  if (kind === "html") {
    const b = new ViewBuilder(source.length);
    parseHtml(source, 0, source.length, b);
    return b.finish();
  }
  return plaintextView(source);
}

/** Plaintext: the source itself, with directive lines replaced by spaces so offsets stay the identity. */
function plaintextView(source: string): ProseView {
  const directives = findDirectives(source, "plaintext");
  if (!directives.length) return { text: source };
  const parts: string[] = [];
  let at = 0;
  for (const d of directives) {
    parts.push(source.slice(at, d.span.start), " ".repeat(d.span.end - d.span.start));
    at = d.span.end;
  }
  parts.push(source.slice(at));
  return { text: parts.join("") };
}

// ---------------------------------------------------------------------------------------------
// The view builder: appends view text with its source ranges and records blocks.

const isWs = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x2028 || c === 0x2029;

class ViewBuilder {
  /** The view's UTF-16 code units; a string is made once at the end (joining many small slices is slow). */
  private buf: Uint16Array;
  private len = 0;
  private ss: Int32Array;
  private se: Int32Array;
  private readonly blocks: ViewBlock[] = [];
  private open: ViewBlock | null = null;
  private kind: BlockKind = "paragraph";
  private origin: BlockOrigin | undefined;
  private contentEnd = 0;
  private spaceStart = -1;
  private spaceEnd = -1;
  private lastWs = true;

  /** `capacity`: the expected view length; the view of a document is rarely longer than its source. */
  constructor(capacity: number) {
    this.buf = new Uint16Array(Math.max(64, capacity));
    this.ss = new Int32Array(Math.max(64, capacity));
    this.se = new Int32Array(Math.max(64, capacity));
  }

  /** Ends the current block; later text opens a new block of this kind. */
  begin(kind: BlockKind, origin?: BlockOrigin): void {
    this.close();
    this.kind = kind;
    this.origin = origin;
  }

  close(): void {
    if (this.open) {
      this.open.end = this.contentEnd;
      if (this.open.end > this.open.start) this.blocks.push(this.open);
      this.open = null;
    }
    this.spaceStart = -1;
  }

  /** A run of collapsible white space (HTML): one space in the view, and only between words of a block. */
  space(s: number, e: number): void {
    if (!this.open || this.lastWs) return;
    if (this.spaceStart < 0) this.spaceStart = s;
    this.spaceEnd = e;
  }

  /** Text whose every unit comes from the source range [s, e): an entity, an escape, a line join. */
  text(str: string, s: number, e: number): void {
    if (!str) return;
    const blank = /^\s*$/.test(str);
    if (blank && !this.open) return;
    this.startContent(s);
    this.reserve(str.length);
    for (let k = 0; k < str.length; k++) {
      this.buf[this.len + k] = str.charCodeAt(k);
      this.ss[this.len + k] = s;
      this.se[this.len + k] = e;
    }
    this.len += str.length;
    this.lastWs = isAsciiWs(str.charCodeAt(str.length - 1));
    if (!blank) this.contentEnd = this.len;
  }

  /** Source characters copied as they are; `ps`/`pe` map a derived string back to the source when given. */
  run(src: string, from: number, to: number, ps?: Int32Array, pe?: Int32Array): void {
    if (!this.open) while (from < to && isWs(src.charCodeAt(from))) from++;
    else if (src.charCodeAt(from) === 32 && (this.lastWs || this.spaceStart >= 0)) {
      // Two pieces of text meet with a space on each side ("a `code` b"): one space is enough.
      if (this.lastWs) from++;
      else this.spaceStart = -1;
    }
    if (from >= to) return;
    this.startContent(ps ? ps[from] : from);
    const n = to - from;
    this.reserve(n);
    if (ps && pe) {
      for (let k = 0; k < n; k++) {
        this.buf[this.len + k] = src.charCodeAt(from + k);
        this.ss[this.len + k] = ps[from + k];
        this.se[this.len + k] = pe[from + k];
      }
    } else {
      for (let k = 0; k < n; k++) {
        this.buf[this.len + k] = src.charCodeAt(from + k);
        this.ss[this.len + k] = from + k;
        this.se[this.len + k] = from + k + 1;
      }
    }
    this.len += n;
    this.lastWs = isAsciiWs(src.charCodeAt(to - 1));
    let t = to;
    while (t > from && isWs(src.charCodeAt(t - 1))) t--;
    if (t > from) this.contentEnd = this.len - (to - t);
  }

  finish(): ProseView {
    this.close();
    const chunks: string[] = [];
    // In slices: one call with a whole document's code units as arguments would overflow the stack.
    for (let k = 0; k < this.len; k += 8192) chunks.push(String.fromCharCode(...this.buf.subarray(k, Math.min(this.len, k + 8192))));
    const text = chunks.join("");
    return { text, srcStart: this.ss.slice(0, this.len), srcEnd: this.se.slice(0, this.len), blocks: this.blocks };
  }

  private startContent(srcPos: number): void {
    if (!this.open) {
      if (this.len > 0) this.push1("\n", srcPos, srcPos);
      this.open = { start: this.len, end: this.len, kind: this.kind };
      if (this.origin) this.open.origin = this.origin;
      this.contentEnd = this.len;
      this.spaceStart = -1;
    } else if (this.spaceStart >= 0) {
      this.push1(" ", this.spaceStart, this.spaceEnd);
      this.spaceStart = -1;
    }
  }

  private push1(ch: string, s: number, e: number): void {
    this.reserve(1);
    this.buf[this.len] = ch.charCodeAt(0);
    this.ss[this.len] = s;
    this.se[this.len] = e;
    this.len++;
    this.lastWs = true;
  }

  private reserve(n: number): void {
    if (this.len + n <= this.ss.length) return;
    let cap = this.ss.length * 2;
    while (cap < this.len + n) cap *= 2;
    const buf = new Uint16Array(cap);
    const ss = new Int32Array(cap);
    const se = new Int32Array(cap);
    buf.set(this.buf.subarray(0, this.len));
    ss.set(this.ss.subarray(0, this.len));
    se.set(this.se.subarray(0, this.len));
    this.buf = buf;
    this.ss = ss;
    this.se = se;
  }
}

// ---------------------------------------------------------------------------------------------
// Character references (HTML, and Markdown text).

const LATIN1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
const OTHER_ENTITIES: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178,
  fnof: 0x192, circ: 0x2c6, tilde: 0x2dc, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d,
  lrm: 0x200e, rlm: 0x200f, ndash: 0x2013, mdash: 0x2014, horbar: 0x2015, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a,
  ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026,
  permil: 0x2030, prime: 0x2032, Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e, frasl: 0x2044,
  euro: 0x20ac, trade: 0x2122, larr: 0x2190, uarr: 0x2191, rarr: 0x2192, darr: 0x2193, harr: 0x2194, minus: 0x2212,
  asymp: 0x2248, ne: 0x2260, le: 0x2264, ge: 0x2265, infin: 0x221e, deg: 0xb0, numsp: 0x2007, puncsp: 0x2008,
  hairsp: 0x200a, nbhy: 0x2011, dash: 0x2010, lowast: 0x2217, sdot: 0x22c5, loz: 0x25ca, spades: 0x2660,
  clubs: 0x2663, hearts: 0x2665, diams: 0x2666, Alpha: 0x391, alpha: 0x3b1, beta: 0x3b2, gamma: 0x3b3, delta: 0x3b4,
  mu: 0x3bc, pi: 0x3c0, sigma: 0x3c3, Omega: 0x3a9, omega: 0x3c9, check: 0x2713, star: 0x2606, starf: 0x2605,
  half: 0xbd, laquo: 0xab, raquo: 0xbb, NewLine: 10, Tab: 9, nbspace: 0xa0, ThinSpace: 0x2009, NonBreakingSpace: 0xa0,
};
const ENTITIES = new Map<string, number>(Object.entries(OTHER_ENTITIES));
LATIN1.split(" ").forEach((name, i) => ENTITIES.set(name, 160 + i));
/** Names browsers still accept without the semicolon. */
const LEGACY = /&(amp|lt|gt|quot|nbsp|copy|reg)(?![A-Za-z0-9=;])/y;
const NAMED = /&([A-Za-z][A-Za-z0-9]{1,31});/y;
const NUMERIC = /&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?/y;
/** Code points 0x80-0x9F in a numeric reference mean Windows-1252, as browsers read them. */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes the character reference at `i` (which holds "&") if it is one and ends before `limit`. */
export function decodeEntityAt(s: string, i: number, limit = s.length): { text: string; len: number } | null {
  let m: RegExpExecArray | null;
  NUMERIC.lastIndex = i;
  if ((m = NUMERIC.exec(s)) && i + m[0].length <= limit) {
    let cp = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
    if (cp >= 0x80 && cp <= 0x9f) cp = CP1252[cp - 0x80];
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
    return { text: String.fromCodePoint(cp), len: m[0].length };
  }
  NAMED.lastIndex = i;
  if ((m = NAMED.exec(s)) && i + m[0].length <= limit) {
    const cp = ENTITIES.get(m[1]);
    if (cp !== undefined) return { text: String.fromCodePoint(cp), len: m[0].length };
  }
  LEGACY.lastIndex = i;
  if ((m = LEGACY.exec(s)) && i + m[0].length <= limit) {
    return { text: String.fromCodePoint(ENTITIES.get(m[1]) as number), len: m[0].length };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// HTML.

const BLOCK_TAGS = new Set(
  ("address article aside blockquote body br caption center dd details dialog dir div dl dt fieldset figcaption figure " +
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td tfoot " +
    "th thead tr ul legend option optgroup frameset frame").split(" "),
);
/** Elements whose content is raw text to the parser: skipped up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe"]);
/**
 * Elements whose content is not prose: scripts' fallbacks, templates, graphics, forms, code. `title` is dropped
 * with the head: it repeats the headline with the site name, which would show as a duplicate sentence.
 */
const HIDDEN = new Set(["noscript", "template", "svg", "math", "head", "select", "object", "audio", "video", "canvas", "button", "code", "pre", "kbd", "samp"]);
const TAG_NAME = /[A-Za-z][A-Za-z0-9:-]*/y;

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 58;
}

function parseHtml(src: string, from: number, to: number, b: ViewBuilder): void {
  let heading = false;
  let quote = 0;
  let caption = 0;
  let cell = false;
  const lists: boolean[] = [];
  let liDepth = 0;
  let orphanLi = false;
  let quotesOk = true;
  let noGtFrom = Infinity;
  const noClose = new Set<string>();

  const kind = (): BlockKind => (heading ? "heading" : liDepth > 0 || orphanLi ? "list-item" : quote > 0 ? "blockquote" : "paragraph");
  const origin = (): BlockOrigin | undefined => (caption > 0 ? "caption" : cell ? "table-cell" : undefined);

  /** Index of "</name" (any case) at or after k, or -1. */
  const findClose = (name: string, k: number): number => {
    if (noClose.has(name)) return -1;
    for (;;) {
      const j = src.indexOf("</", k);
      if (j < 0 || j >= to) break;
      if (src.substr(j + 2, name.length).toLowerCase() === name && !isNameChar(src.charCodeAt(j + 2 + name.length))) return j;
      k = j + 2;
    }
    noClose.add(name);
    return -1;
  };
  /** Index of the ">" that ends a tag whose name ends at k, or -1 (then "<" was only text). */
  const tagEnd = (k: number): number => {
    if (k >= noGtFrom) return -1;
    for (;;) {
      const gt = src.indexOf(">", k);
      if (gt < 0 || gt >= to) {
        noGtFrom = k;
        return -1;
      }
      if (!quotesOk) return gt;
      let q = k;
      while (q < gt && src.charCodeAt(q) !== 34 && src.charCodeAt(q) !== 39) q++;
      if (q >= gt) return gt;
      // A quoted attribute value may hold ">"; an unclosed quote makes every later quote unreliable.
      const close = src.indexOf(src[q], q + 1);
      if (close < 0 || close >= to) {
        quotesOk = false;
        return gt;
      }
      k = close + 1;
    }
  };
  /** After an element's end tag starting at j: the index after its ">". */
  const afterTag = (j: number): number => {
    const g = src.indexOf(">", j);
    return g < 0 || g >= to ? to : g + 1;
  };

  const text = (i: number, end: number): void => {
    let run = i;
    let k = i;
    while (k < end) {
      const c = src.charCodeAt(k);
      if (c === 32 && !isAsciiWs(src.charCodeAt(k + 1)) && k > run) {
        // A single space between words stays in the run: most text needs no collapsing.
        k++;
      } else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
        if (run < k) b.run(src, run, k);
        const s = k;
        while (k < end && isAsciiWs(src.charCodeAt(k))) k++;
        b.space(s, k);
        run = k;
      } else if (c === 38) {
        const d = decodeEntityAt(src, k, end);
        if (!d) {
          k++;
          continue;
        }
        if (run < k) b.run(src, run, k);
        if (d.text.length === 1 && isAsciiWs(d.text.charCodeAt(0))) b.space(k, k + d.len);
        else b.text(d.text, k, k + d.len);
        k += d.len;
        run = k;
      } else k++;
    }
    if (run < end) b.run(src, run, end);
  };

  let i = from;
  while (i < to) {
    let lt = src.indexOf("<", i);
    if (lt < 0 || lt >= to) lt = to;
    if (lt > i) text(i, lt);
    if (lt >= to) break;
    i = lt;
    const c1 = src.charCodeAt(i + 1);
    if (src.startsWith("<!--", i)) {
      const e = src.indexOf("-->", i + 4);
      i = e < 0 || e >= to ? to : e + 3;
      continue;
    }
    if (c1 === 33 || c1 === 63) {
      // Doctype, CDATA, processing instruction: never prose.
      i = afterTag(i);
      continue;
    }
    const closing = c1 === 47;
    TAG_NAME.lastIndex = i + (closing ? 2 : 1);
    const nm = TAG_NAME.exec(src);
    if (!nm || nm.index >= to) {
      text(i, i + 1);
      i++;
      continue;
    }
    const gt = tagEnd(nm.index + nm[0].length);
    if (gt < 0) {
      text(i, i + 1);
      i++;
      continue;
    }
    const name = nm[0].toLowerCase();
    i = gt + 1;
    const selfClosing = src.charCodeAt(gt - 1) === 47;

    const scriptLike = name === "script" || name === "style";
    if (!closing && ((RAW_TEXT.has(name) && (scriptLike || !selfClosing)) || (HIDDEN.has(name) && !selfClosing))) {
      const j = findClose(name, i);
      let resume = j >= 0 ? afterTag(j) : -1;
      if (name === "head") {
        const body = findOpenBody(src, i, to);
        if (body >= 0 && (j < 0 || body < j)) resume = body;
      }
      if (resume >= 0) {
        if (BLOCK_TAGS.has(name) || name === "head") b.begin(kind(), origin());
        i = resume;
        continue;
      }
      // An unclosed script or style hides the rest, as in a browser; an unclosed title or iframe hides nothing.
      if (scriptLike) {
        i = to;
        continue;
      }
    }
    if (!BLOCK_TAGS.has(name)) continue;

    switch (name) {
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        heading = !closing;
        break;
      case "p":
        if (!closing) heading = false;
        break;
      case "blockquote":
        quote = Math.max(0, quote + (closing ? -1 : 1));
        break;
      case "figcaption": case "caption":
        caption = Math.max(0, caption + (closing ? -1 : 1));
        break;
      case "td": case "th":
        cell = !closing;
        break;
      case "tr": case "table":
        cell = false;
        break;
      case "ul": case "ol": case "menu": case "dir":
        if (!closing) lists.push(false);
        else if (lists.length && lists.pop()) liDepth--;
        orphanLi = false;
        break;
      case "li":
        if (!lists.length) orphanLi = !closing;
        else if (!closing && !lists[lists.length - 1]) {
          lists[lists.length - 1] = true;
          liDepth++;
        } else if (closing && lists[lists.length - 1]) {
          lists[lists.length - 1] = false;
          liDepth--;
        }
        break;
    }
    b.begin(kind(), origin());
  }
}

function isAsciiWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

function findOpenBody(src: string, k: number, to: number): number {
  for (;;) {
    const j = src.indexOf("<", k);
    if (j < 0 || j >= to) return -1;
    if (src.substr(j + 1, 4).toLowerCase() === "body" && !isNameChar(src.charCodeAt(j + 5))) return j;
    k = j + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Markdown (CommonMark block structure, simplified; GFM tables and footnotes).

/** A leaf block: its kind and the source ranges of its lines' content, markers removed. */
interface Leaf {
  kind: BlockKind;
  origin?: BlockOrigin;
  /** Flat list of [start, end) source ranges, one pair per line. */
  lines: number[];
  html?: boolean;
}

const FENCE = /^(`{3,}|~{3,})(.*)$/;
const ATX = /^#{1,6}(?=[ \t]|$)/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const HR = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST = /^([-*+]|(\d{1,9})[.)])(?=[ \t]|$)/;
const TASK = /^\[[ xX]\][ \t]+/;
const REF_DEF = /^\[((?:[^\]\\\r\n]|\\.){1,999})\]:/;
const TABLE_DELIM = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_RAW_START = /^<(script|pre|style|textarea)(?:[ \t>]|$)/i;
const HTML_BLOCK_TAG =
  /^<\/?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul|img|picture|source|video|audio|noscript|template|svg)(?:[ \t]|\/?>|$)/i;
const HTML_LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

function markdownView(src: string): ProseView {
  const n = src.length;
  // Line table: starts and content ends (without the line break).
  const starts: number[] = [];
  const ends: number[] = [];
  {
    let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i <= n) {
      let j = i;
      while (j < n) {
        const c = src.charCodeAt(j);
        if (c === 10 || c === 13) break;
        j++;
      }
      starts.push(i);
      ends.push(j);
      if (j >= n) break;
      i = src.charCodeAt(j) === 13 && src.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    }
  }
  const lineCount = starts.length;
  const leaves: Leaf[] = [];
  const refs = new Set<string>();
  type Para = Leaf & { quote: boolean };
  let para = null as Para | null;
  const openLeaf = (kind: BlockKind, s: number, e: number, quote: boolean): Para => {
    const leaf: Para = { kind, lines: [s, e], quote };
    leaves.push(leaf);
    return leaf;
  };

  let li = 0;
  // Front matter: YAML between "---" lines, TOML between "+++" lines, at the very top.
  {
    const first = src.slice(starts[0], ends[0]).trimEnd();
    if (first === "---" || first === "+++") {
      for (let k = 1; k < lineCount; k++) {
        const t = src.slice(starts[k], ends[k]).trimEnd();
        if (t === first || (first === "---" && t === "...")) {
          li = k + 1;
          break;
        }
      }
    }
  }

  let fence: { ch: string; len: number } | null = null;
  let html: { leaf: Leaf; end: RegExp | null } | null = null;
  let listIndent = -1;
  let lastBlank = true;
  let table: { quote: boolean } | null = null;

  for (; li < lineCount; li++) {
    const ls = starts[li];
    const le = ends[li];
    // Container prefix: block quote markers.
    let p = ls;
    let quote = false;
    let col = 0;
    for (;;) {
      const ind = indentOf(src, p, le);
      if (ind.col <= 3 && src.charCodeAt(ind.pos) === 62) {
        quote = true;
        p = ind.pos + 1;
        if (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9) p++;
        continue;
      }
      col = ind.col;
      p = ind.pos;
      break;
    }
    const line = src.slice(p, le);
    const blank = line.trim() === "";

    if (fence) {
      const m = FENCE.exec(line);
      if (m && col <= 3 && m[1][0] === fence.ch && m[1].length >= fence.len && m[2].trim() === "") fence = null;
      continue;
    }
    if (html) {
      if (html.end === null && blank) {
        html = null;
        lastBlank = true;
        continue;
      }
      html.leaf.lines.push(ls, le);
      if (html.end && html.end.test(src.slice(ls, le))) html = null;
      continue;
    }
    if (blank) {
      para = null;
      table = null;
      lastBlank = true;
      continue;
    }
    const inList = listIndent >= 0 && col >= listIndent;
    const rel = inList ? col - listIndent : col;
    const wasBlank = lastBlank;
    lastBlank = false;

    if (table && !quote === !table.quote && line.includes("|") && rel < 4) {
      pushCells(src, p, le, leaves);
      continue;
    }
    table = null;

    if (rel >= 4) {
      if (para && !wasBlank) {
        para.lines.push(p, le);
        continue;
      }
      // Indented code.
      para = null;
      continue;
    }
    if (!inList && wasBlank) listIndent = -1;

    const fm = FENCE.exec(line);
    if (fm && !(fm[1][0] === "`" && fm[2].includes("`"))) {
      para = null;
      fence = { ch: fm[1][0], len: fm[1].length };
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      para = null;
      let s = p + atx[0].length;
      let e = le;
      while (s < e && isWs(src.charCodeAt(s))) s++;
      while (e > s && isWs(src.charCodeAt(e - 1))) e--;
      let h = e;
      while (h > s && src.charCodeAt(h - 1) === 35) h--;
      if (h === s || isWs(src.charCodeAt(h - 1))) {
        e = h;
        while (e > s && isWs(src.charCodeAt(e - 1))) e--;
      }
      leaves.push({ kind: "heading", lines: [s, e] });
      continue;
    }
    if (para && !wasBlank && line.includes("|") && TABLE_DELIM.test(line) && para.kind !== "heading") {
      const cur: Leaf = para;
      const hs = cur.lines[cur.lines.length - 2];
      const he = cur.lines[cur.lines.length - 1];
      if (src.slice(hs, he).includes("|")) {
        cur.lines.length -= 2;
        if (!cur.lines.length) leaves.pop();
        para = null;
        pushCells(src, hs, he, leaves);
        table = { quote };
        continue;
      }
    }
    if (para && !wasBlank && SETEXT.test(line) && para.kind === "paragraph") {
      para.kind = "heading";
      para = null;
      continue;
    }
    if (HR.test(line)) {
      para = null;
      listIndent = -1;
      continue;
    }
    const lm = LIST.exec(line);
    if (lm && !(para && para.kind === "paragraph" && !wasBlank && lm[2] !== undefined && lm[2] !== "1") && !(para && !wasBlank && line.length === lm[0].length)) {
      para = null;
      let s = p + lm[0].length;
      const after = indentOf(src, s, le);
      listIndent = col + lm[0].length + (after.pos >= le || after.col >= 5 ? 1 : after.col);
      s = after.pos;
      const task = TASK.exec(src.slice(s, Math.min(le, s + 8)));
      if (task) s += task[0].length;
      para = openLeaf("list-item", s, le, quote);
      continue;
    }
    if (src.charCodeAt(p) === 60) {
      let end: RegExp | null | undefined;
      const raw = HTML_RAW_START.exec(line);
      if (raw) end = new RegExp(`</${raw[1]}>`, "i");
      else if (line.startsWith("<!--")) end = /-->/;
      else if (line.startsWith("<?")) end = /\?>/;
      else if (line.startsWith("<![CDATA[")) end = /\]\]>/;
      else if (/^<![A-Za-z]/.test(line)) end = />/;
      else if (HTML_BLOCK_TAG.test(line) || ((!para || wasBlank) && HTML_LONE_TAG.test(line))) end = null;
      if (end !== undefined) {
        para = null;
        const leaf: Leaf = { kind: "paragraph", lines: [p, le], html: true };
        leaves.push(leaf);
        if (end === null || !end.test(line.slice(line.startsWith("<!--") ? 4 : 1))) html = { leaf, end };
        continue;
      }
    }
    if ((!para || wasBlank) && src.charCodeAt(p) === 91) {
      const rd = REF_DEF.exec(line);
      if (rd) {
        if (rd[1].startsWith("^")) {
          // Footnote definition: its text is prose, its label is not.
          let s = p + rd[0].length;
          while (s < le && isWs(src.charCodeAt(s))) s++;
          para = openLeaf("paragraph", s, le, quote);
        } else {
          refs.add(normLabel(rd[1]));
          para = null;
        }
        continue;
      }
    }
    if (para && !wasBlank) {
      if (para.quote && !quote) {
        para.lines.push(p, le);
        continue;
      }
      if (para.quote === quote) {
        para.lines.push(p, le);
        continue;
      }
    }
    para = openLeaf(quote ? "blockquote" : inList ? "list-item" : "paragraph", p, le, quote);
  }

  const b = new ViewBuilder(n);
  for (const leaf of leaves) {
    if (leaf.html) {
      b.begin("paragraph");
      parseHtml(src, leaf.lines[0], leaf.lines[leaf.lines.length - 1], b);
      b.close();
      continue;
    }
    b.begin(leaf.kind, leaf.origin);
    if (leaf.lines.length === 2 && !INLINE_SPECIAL.test(src.slice(leaf.lines[0], leaf.lines[1]))) b.run(src, leaf.lines[0], leaf.lines[1]);
    else renderInline(src, leaf.lines, refs, b);
    b.close();
  }
  return b.finish();
}

function indentOf(src: string, p: number, end: number): { col: number; pos: number } {
  let col = 0;
  while (p < end) {
    const c = src.charCodeAt(p);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
    p++;
  }
  return { col, pos: p };
}

function normLabel(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/** One table row: each non-empty cell becomes a block of its own. */
function pushCells(src: string, s: number, e: number, leaves: Leaf[]): void {
  let k = s;
  while (k < e && isWs(src.charCodeAt(k))) k++;
  if (src.charCodeAt(k) === 124) k++;
  let cellStart = k;
  let code = false;
  const flush = (end: number): void => {
    let a = cellStart;
    let z = end;
    while (a < z && isWs(src.charCodeAt(a))) a++;
    while (z > a && isWs(src.charCodeAt(z - 1))) z--;
    if (z > a) leaves.push({ kind: "paragraph", origin: "table-cell", lines: [a, z] });
  };
  for (; k < e; k++) {
    const c = src.charCodeAt(k);
    if (c === 92) k++;
    else if (c === 96) code = !code;
    else if (c === 124 && !code) {
      flush(k);
      cellStart = k + 1;
    }
  }
  flush(e);
}

/** Characters that may start inline markup; a one-line leaf without any is copied as it is. */
const INLINE_SPECIAL = /[\\`<!\[&*_~]/;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const INLINE_TAG =
  /<(?:[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?|\/[A-Za-z][A-Za-z0-9-]*\s*)>/y;
const MAX_TAG = 2000;

/**
 * Renders the inline content of a leaf: the lines joined by "\n", with emphasis markers, code spans, images,
 * raw HTML, comments and link targets removed, escapes and entities decoded.
 */
function renderInline(src: string, lines: number[], refs: Set<string>, b: ViewBuilder): void {
  // P: the leaf's text with container markers removed; ps/pe map each P unit to its source range.
  let total = 0;
  for (let k = 0; k < lines.length; k += 2) total += lines[k + 1] - lines[k] + (k ? 1 : 0);
  const ps = new Int32Array(total);
  const pe = new Int32Array(total);
  const pieces: string[] = [];
  let at = 0;
  for (let k = 0; k < lines.length; k += 2) {
    const s = lines[k];
    const e = lines[k + 1];
    if (k) {
      // The line break between two lines: maps to the break itself and the next line's markers.
      pieces.push("\n");
      ps[at] = lines[k - 1];
      pe[at] = s;
      at++;
    }
    pieces.push(src.slice(s, e));
    for (let q = s; q < e; q++, at++) {
      ps[at] = q;
      pe[at] = q + 1;
    }
  }
  const P = pieces.join("");
  const n = P.length;

  // Bracket and parenthesis pairs, found once (a stack each), so link parsing stays linear.
  const closeOf = new Int32Array(n).fill(-1);
  {
    const sq: number[] = [];
    const pr: number[] = [];
    for (let k = 0; k < n; k++) {
      const c = P.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 91) sq.push(k);
      else if (c === 93) {
        const o = sq.pop();
        if (o !== undefined) closeOf[o] = k;
      } else if (c === 40) pr.push(k);
      else if (c === 41) {
        const o = pr.pop();
        if (o !== undefined) closeOf[o] = k;
      }
    }
  }
  const noCloser = new Set<string>();

  const flush = (from: number, to: number): void => {
    if (to <= from) return;
    b.run(P, from, to, ps, pe);
  };

  const render = (a: number, z: number): void => {
    let run = a;
    let i = a;
    while (i < z) {
      const c = P.charCodeAt(i);
      if (c === 92 && i + 1 < z) {
        const nx = P[i + 1];
        if (nx === "\n") {
          flush(run, i);
          run = i + 1;
          i++;
          continue;
        }
        if (ASCII_PUNCT.test(nx)) {
          flush(run, i);
          b.text(nx, ps[i], pe[i + 1]);
          i += 2;
          run = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === 96) {
        let j = i;
        while (j < z && P.charCodeAt(j) === 96) j++;
        const ticks = j - i;
        const key = `${ticks}:${z}`;
        let close = -1;
        if (!noCloser.has(key)) {
          let k = j;
          for (;;) {
            const t = P.indexOf("`", k);
            if (t < 0 || t >= z) break;
            let u = t;
            while (u < z && P.charCodeAt(u) === 96) u++;
            if (u - t === ticks) {
              close = u;
              break;
            }
            k = u;
          }
          if (close < 0) noCloser.add(key);
        }
        if (close >= 0) {
          flush(run, i);
          i = close;
          run = i;
        } else i = j;
        continue;
      }
      if (c === 60) {
        if (P.startsWith("<!--", i)) {
          const key = `-->:${z}`;
          const e = noCloser.has(key) ? -1 : P.indexOf("-->", i + 4);
          if (e >= 0 && e + 3 <= z) {
            flush(run, i);
            i = e + 3;
            run = i;
            continue;
          }
          noCloser.add(key);
        }
        AUTOLINK.lastIndex = i;
        let m = AUTOLINK.exec(P);
        if (m && i + m[0].length <= z) {
          flush(run, i);
          flush(i + 1, i + m[0].length - 1);
          i += m[0].length;
          run = i;
          continue;
        }
        const window = P.slice(i, Math.min(z, i + MAX_TAG));
        INLINE_TAG.lastIndex = 0;
        m = INLINE_TAG.exec(window);
        if (m) {
          flush(run, i);
          i += m[0].length;
          run = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === 33 && P.charCodeAt(i + 1) === 91) {
        // Images: their alt text describes a picture, it is not part of the article's prose.
        const end = linkEnd(i + 1, z);
        if (end > 0) {
          flush(run, i);
          i = end;
          run = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === 91) {
        const j = closeOf[i];
        if (j > i && j < z) {
          if (P.charCodeAt(i + 1) === 94 && P.charCodeAt(j + 1) !== 40) {
            // Footnote reference.
            flush(run, i);
            i = j + 1;
            run = i;
            continue;
          }
          const end = linkEnd(i, z);
          if (end > 0) {
            flush(run, i);
            render(i + 1, j);
            i = end;
            run = i;
            continue;
          }
        }
        i++;
        continue;
      }
      if (c === 42 || c === 95 || c === 126) {
        let j = i;
        while (j < z && P.charCodeAt(j) === c) j++;
        if (isDelimiter(P, i, j, c)) {
          flush(run, i);
          run = j;
        }
        i = j;
        continue;
      }
      if (c === 38) {
        const d = decodeEntityAt(P, i, z);
        if (d) {
          flush(run, i);
          b.text(d.text, ps[i], pe[i + d.len - 1]);
          i += d.len;
          run = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === 10) {
        // Line join: trailing spaces (a hard break) are not prose.
        let t = i;
        while (t > run && (P.charCodeAt(t - 1) === 32 || P.charCodeAt(t - 1) === 9)) t--;
        flush(run, t);
        b.text("\n", ps[i], pe[i]);
        i++;
        run = i;
        continue;
      }
      i++;
    }
    flush(run, z);
  };

  /** For "[" at i: the end of a link or image ("[text](dest)", "[text][ref]", "[ref]" when defined), or -1. */
  const linkEnd = (i: number, z: number): number => {
    const j = closeOf[i];
    if (j < 0 || j >= z) return -1;
    const nx = P.charCodeAt(j + 1);
    if (nx === 40) {
      const k = closeOf[j + 1];
      return k > j && k < z ? k + 1 : -1;
    }
    if (nx === 91) {
      const k = closeOf[j + 1];
      if (k > j && k < z) return k + 1;
    }
    return refs.has(normLabel(P.slice(i + 1, j))) ? j + 1 : -1;
  };

  render(0, n);
}

/** Whether a run of "*", "_" or "~" at [i, j) is an emphasis or strikethrough marker rather than literal text. */
function isDelimiter(P: string, i: number, j: number, c: number): boolean {
  if (c === 126 && j - i !== 2) return false;
  const before = i > 0 ? P[i - 1] : " ";
  const after = j < P.length ? P[j] : " ";
  const wsB = /\s/.test(before);
  const wsA = /\s/.test(after);
  if (wsB && wsA) return false;
  if (c === 95) {
    const alB = /[\p{L}\p{N}]/u.test(before);
    const alA = /[\p{L}\p{N}]/u.test(after);
    if (alB && alA) return false;
  }
  return true;
}
