// Turns of a transcript or an interview printed as one ("Q: How does it feel? MOREAU: Honestly, I still can't
// believe it."): a label in capitals and a colon opening a sentence names who speaks until the next label in
// the same paragraph. Prose rewrites of such copy quote the speaker and drop the questions, so the version
// rules read a labelled turn as attributed speech.
// Pure: no vscode import. Reads only the article's own text.

import type { Article } from "../article";
import { perArticle } from "./sentence-facts";

export type Voice = "interviewer" | "presenter" | "speaker";

export interface SpeakerLabel {
  /** The label with its colon ("MOREAU:"), in view offsets. */
  start: number;
  end: number;
  /** The name part ("MOREAU"). */
  nameEnd: number;
  /** Who speaks: the interviewer asking ("Q:"), the programme's own voice ("NEWSREADER:"), or a speaker. */
  voice: Voice;
}

// one to three words in capitals, or a lone Q or A, then a colon and a space
const LABEL = /^(?:\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]+){0,2}|Q|A)(?=:[ \t])/u;
const INTERVIEWERS = new Set(["Q", "INTERVIEWER", "QUESTION"]);
const PRESENTERS = new Set(["NEWSREADER", "PRESENTER", "ANCHOR", "HOST", "REPORTER", "CORRESPONDENT", "NARRATOR", "ANNOUNCER", "COMMENTATOR", "COMMENTARY", "VOICEOVER", "VOICE-OVER"]);
// capitals and a colon that head a line of copy, not a speaker
const NOT_SPEAKERS = new Set([
  "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION",
  "ANALYSIS", "OPINION", "COMMENT", "READ MORE", "SEE ALSO", "RELATED", "PHOTOS", "VIDEO", "LISTEN", "WARNING", "ALERT", "FLASH",
  "URGENT", "FACT CHECK", "RECAP", "TIMELINE", "EXPLAINER", "PICTURED", "ABOVE", "BELOW", "SOURCE", "SOURCES", "NB", "PS", "TL;DR",
  // a live blog's entry labels
  "LATEST", "JUST IN", "NEW", "DEVELOPING", "BREAKING NEWS", "LIVE UPDATES", "KEY EVENT", "PINNED", "CATCH UP", "SUMMARY", "WHAT WE KNOW",
]);

/** The name part of a speaker's label opening `text` ("MOREAU"), or undefined. */
function labelName(text: string): string | undefined {
  const m = LABEL.exec(text);
  return m && !NOT_SPEAKERS.has(m[0]) ? m[0] : undefined;
}

/** The speaker's label opening sentence `index`, if it opens with one. */
export function labelOf(article: Article, index: number): SpeakerLabel | undefined {
  const s = article.sentences[index];
  const name = labelName(s.text);
  if (!name) return undefined;
  const voice: Voice = INTERVIEWERS.has(name) ? "interviewer" : PRESENTERS.has(name) ? "presenter" : "speaker";
  // "BEACH DISASTER: The coastguard said …": a lone label in capitals that is no role and no name the copy
  // uses elsewhere is a tabloid kicker, not a speaker
  if (voice === "speaker" && !transcriptLike(article) && !namedElsewhere(article, name)) return undefined;
  const start = article.text.indexOf(name, s.start);
  return { start, end: start + name.length + 1, nameEnd: start + name.length, voice };
}

/** Two sentences or more open with a label: the copy is printed as turns. */
function transcriptLike(article: Article): boolean {
  return perArticle(article, "transcriptLike", (a) => {
    let n = 0;
    for (const s of a.sentences) if (labelName(s.text) && ++n >= 2) return true;
    return false;
  });
}

/** The label's words written as a name somewhere else in the copy ("MOREAU:" … "Anne Moreau"). */
function namedElsewhere(article: Article, label: string): boolean {
  const title = label.toLowerCase().replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());
  return article.text.includes(title);
}

/**
 * The label of the turn sentence `index` belongs to: its own, or the nearest one before it in the same
 * paragraph (a turn runs until the next label). Undefined in prose.
 */
export function turnOf(article: Article, index: number): SpeakerLabel | undefined {
  const turns = perArticle(article, "turns", (a) => {
    const out: (SpeakerLabel | undefined)[] = new Array(a.sentences.length);
    let current: SpeakerLabel | undefined;
    for (let i = 0; i < a.sentences.length; i++) {
      if (i > 0 && a.sentences[i].block !== a.sentences[i - 1].block) current = undefined;
      current = labelOf(a, i) ?? current;
      out[i] = current;
    }
    return out;
  });
  return turns[index];
}

/**
 * Is sentence `index` the interviewer's: a turn of the interviewer ("Q: What's next?"), or a presenter's
 * question in a podcast or broadcast ("HOST: Any side effects?")? Prose rewrites drop both.
 */
export function interviewing(article: Article, index: number): boolean {
  const voice = turnOf(article, index)?.voice;
  return voice === "interviewer" || (voice === "presenter" && /\?["”’]?\s*$/.test(article.sentences[index].text));
}

/** Length of a speaker's label at the start of `text` ("MOREAU: " → 8), or 0. */
export function labelLength(text: string): number {
  const name = labelName(text);
  return name ? name.length + 1 : 0;
}
