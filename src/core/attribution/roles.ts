// Tells what a sentence is for: a headline, dateline, byline, caption, photo or wire credit, a question,
// page debris, or body prose. Also finds debris inside a line (icon alt text, a dateline label, a stray
// lower-case fragment after the last full stop).
// Pure: no vscode import. Patterns are anchored to whole sentences or their edges so real prose is never debris.

import type { Span } from "../types";
import { AGENCIES, PHOTO_AGENCIES } from "./lexicon";

export type SentenceRole = "body" | "headline" | "dateline" | "byline" | "caption" | "credit" | "caption-credit" | "wire-credit" | "question" | "boilerplate";

export interface Debris {
  span: Span;
  kind: "icon" | "link" | "share" | "credit" | "fragment" | "label";
}

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?";
const DATE_CORE =
  `(?:(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})` +
  "(?:,?\\s+(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?";
const LABEL = "(?:date|dated|published|updated|posted|last updated|first published|modified)\\s*(?:on\\s+)?:?\\s*";
/** A sentence that is only a date, with or without a label. */
const DATELINE_ONLY = new RegExp(`^(?:${LABEL})?${DATE_CORE}\\.?$`, "i");
/** A label and date at the head of a line that goes on with other text ("date 2023-12-24 Corner icon …"). */
const DATELINE_PREFIX = new RegExp(`^(?:${LABEL})${DATE_CORE}\\s*`, "i");
/** A wire dateline at the head of the lead: "KYIV, Ukraine (AP) — ", "WASHINGTON (Reuters) - ". */
const WIRE_DATELINE = /^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w. ]+)?\s*\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg|CNN|[A-Z]{2,6})\)\s*[—–-]+\s*/;
const BYLINE = /^(?:By|BY|Written by|Reporting by|Story by|Words by|Additional reporting by|Editing by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|in|,))*\.?$/u;

const CREDIT = new RegExp(
  `^(?:\\(?(?:Photo(?:graph)?s?|Image|Picture|Credit|Photo credit|Illustration|Video|Source)\\s*(?:by|:)\\s*[^.]{1,60}\\)?|` +
    `(?:[\\p{L}.'’ -]+\\s*/\\s*)+(?:${PHOTO_AGENCIES})(?:\\s+via\\s+[\\p{L} ]+)?|(?:${PHOTO_AGENCIES})(?:\\s+via\\s+[\\p{L} ]+)?|(?:Courtesy(?: of)?\\s+[\\p{L} .'’-]{2,40}))\\.?$`,
  "u",
);
const AGENCY_ALT = AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).sort((a, b) => b.length - a.length).join("|");
const WIRE_CREDIT = new RegExp(`^[—–-]?\\s*\\(?(?:${AGENCY_ALT})\\)?\\.?$`);
export const AGENCY_AT_END = new RegExp(`(?<![\\p{L}\\p{N}])(?:${AGENCY_ALT})\\.?$`, "u");

const LINK_LINE =
  /^(?:See also(?:\s*[:»›|]|\s*$|\s+["'‘“\p{Lu}\d]).*|Related(?:\s*[:»›|]|\s*$|\s+(?:Posts?|Stories|Story|Articles?|Coverage|Content|Links?|Reading|News|Topics)\b).*|(?:Read (?:[Mm]ore|[Nn]ext|[Aa]lso|the full story)|READ MORE|More [Ff]rom|Also [Rr]ead)(?:\s*[:»›|]|\s*$|\s+["'‘“\p{Lu}]).*|More on this story\b.*|Recommended(?: (?:for you|stories|reading))?\s*:?.*|Most (?:read|popular|viewed)\s*:?.*|Trending(?: now)?\s*:?.*|You (?:may|might) also like\b.*|Continue reading\b.*|Click here\b.*|Sign up\b.*newsletter.*|Subscribe\b.*|Follow us\b.*|Advertisement|ADVERTISEMENT|Skip to (?:main )?content|Listen to this article.*|Watch:.*|WATCH:.*|Top stories\b.*|Editor'?s picks?\b.*|Share this (?:article|story|page)\b.*)$/u;
const LINK_LINE_SHORT = /^(?:Related|Recommended|Most read|Most popular|Trending|Advertisement|Subscribe|Read more|More stories|Latest news)\b/i;
const SHARE_ITEM = /(?:Share(?: (?:on|via|to) (?:Facebook|X|Twitter|LinkedIn|WhatsApp|Reddit|Email|Pinterest|Telegram|Bluesky|Threads))?|Tweet|Email|E-mail|Print|Copy link|Copy Link|Save|Comments?|Facebook|Twitter|LinkedIn|WhatsApp|Pinterest|Reddit|Bluesky|Gift (?:this )?article)/;
const SHARE_RUN = new RegExp(`^(?:${SHARE_ITEM.source})(?:[\\s|·•,]+(?:${SHARE_ITEM.source}))+\\.?$`);
const SHARE_ONE = /^(?:Share(?: (?:this|on|via)\b.*)?|Copy link|Gift this article)$/;
const ICON_WORDS = "(?:corner|angle|angle-shaped|arrow|chevron|caret|close|menu|hamburger|share|search|play|pause|plus|minus|check|email|link|facebook|twitter|instagram|linkedin|whatsapp|down|up|left|right|pointing|shaped|expand|collapse|x|three|dots|lines|crossed|indicates)";
/** Icon alt text: "Corner icon down", "Angle-shaped icon pointing down.", "Close icon". */
const ICON_RUN = new RegExp(
  `(?:^|(?<=[\\s.]))(?:[A-Z][\\w-]*(?:\\s[a-z][\\w-]*){0,2}\\sicon(?:\\s(?!icon\\b)[a-z][\\w-]*){0,4}\\.?\\s*)+`,
  "g",
);
const ICON_OK = new RegExp(`\\b${ICON_WORDS}\\b`, "i");
const QUESTION_END = /\?["”’»)]*$/;
const TERMINAL = /[.!?…:;"”’»)]$/;
/** A lower-case fragment of one to three words after the sentence's last full stop: "… last year. fall". */
const TRAILING_FRAGMENT = /(?<=(?<![\p{L}.])[a-z]{3,}[.!?]["”’]?\s+)[a-z][\p{L}'’-]*(?:\s+[a-z][\p{L}'’-]*){0,2}$/u;

export function isDatelineOnly(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && DATELINE_ONLY.test(t);
}

/** Length of a dateline at the head of a sentence ("date 2023-12-24 ", "KYIV, Ukraine (AP) — "), or 0. */
export function datelinePrefix(text: string): number {
  const m = DATELINE_PREFIX.exec(text) ?? WIRE_DATELINE.exec(text);
  return m ? m[0].length : 0;
}

/** "Mary Clare Jalonick and Lisa Mascaro contributed to this report." — a credit for reporting, not a claim. */
const CONTRIBUTED = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:(?:and|&|,)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4})*(?:also )?contributed(?: reporting)?(?: to this (?:report|story|article))?(?: from [\p{Lu}][\p{L} ,.]+)?\.?$/u;

export function isByline(text: string): boolean {
  if (text.length < 200 && CONTRIBUTED.test(text.trim())) return true;
  if (!/^(?:By|BY|Written|Reporting|Story|Words|Additional|Editing)\b/.test(text)) return false;
  return text.length < 100 && BYLINE.test(text.trim());
}

export function isPhotoCredit(text: string): boolean {
  const t = text.trim();
  return t.length <= 90 && CREDIT.test(t);
}

export function isWireCredit(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && WIRE_CREDIT.test(t);
}

export function isQuestion(text: string): boolean {
  return QUESTION_END.test(text.trim());
}

export function lacksTerminal(text: string): boolean {
  return !TERMINAL.test(text.trim());
}

/** A whole sentence of page furniture: link lists, share buttons, ads. */
export function isLinkOrShareLine(text: string): "link" | "share" | undefined {
  const t = text.trim();
  if (t.length > 160) return undefined;
  if (SHARE_RUN.test(t) || SHARE_ONE.test(t)) return "share";
  if (t.length <= 160 && LINK_LINE.test(t)) {
    return "link";
  }
  if (t.split(/\s+/).length <= 3 && LINK_LINE_SHORT.test(t) && lacksTerminal(t)) return "link";
  return undefined;
}

/** Icon alt text inside a sentence, in view offsets (sentence starts at `offset`). */
export function findIconText(text: string, offset: number): Span[] {
  const out: Span[] = [];
  if (text.indexOf("icon") < 0) return out;
  ICON_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ICON_RUN.exec(text))) {
    if (!m[0]) {
      ICON_RUN.lastIndex++;
      continue;
    }
    const chunk = m[0].trimEnd();
    if (!ICON_OK.test(chunk.replace(/\bicon\b/gi, ""))) continue;
    out.push({ start: offset + m.index, end: offset + m.index + chunk.length });
  }
  return out;
}

/** A lower-case fragment trailing the sentence's last full stop, in view offsets. */
export function findTrailingFragment(text: string, offset: number): Span | undefined {
  const m = TRAILING_FRAGMENT.exec(text);
  if (!m) return undefined;
  return { start: offset + m.index, end: offset + m.index + m[0].length };
}
