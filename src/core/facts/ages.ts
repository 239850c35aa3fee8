// A person's age as news copy states it beside the name: "Martin Selwyn, 58, …", "…, aged 56, …", "Ana
// Ruiz (34)", "the 58-year-old Martin Selwyn". A rewrite often moves the age with the name into another
// sentence, where no sentence pair holds both; the article-level comparison of ages needs them per name.
// Pure: no vscode import. Reads only the article's text; an age it cannot tie to one surname is left out.

import { sentenceIndexAt, type Article } from "../article";
import { isCalendarWord } from "./names";
import { perArticle } from "./sentence-facts";
import { fold } from "./words";

export interface AgeMention {
  /** The surname, folded ("selwyn"). */
  name: string;
  /** The age's digits. */
  start: number;
  end: number;
  value: number;
  sentence: number;
}

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]+";
// "Selwyn, 58," / "Selwyn, aged 58," / "Selwyn (58)": the age right after the name, closed by punctuation
// that no figure continues ("58,000" is no age)
const AFTER_NAME = new RegExp(
  `(?<name>${NAME_WORD})(?:,\\s+(?:aged\\s+)?(?<age>\\d{1,3})(?=[,;.)](?!\\d))|\\s+\\((?:aged\\s+)?(?<paren>\\d{1,3})\\))`,
  "gu",
);
// "the 58-year-old Martin Selwyn", "a 34-year-old nurse, Ana Ruiz," is left out: the name must follow at once
const BEFORE_NAME = new RegExp(`(?<age>\\d{1,3})-year-old\\s+(?:(?:[a-z]+)\\s+){0,3}?(?<names>${NAME_WORD}(?:\\s+${NAME_WORD})*)`, "gu");

/** Every age tied to a surname in the article, in order. */
export function findAges(article: Article): AgeMention[] {
  return perArticle(article, "ages", (a) => {
    const text = a.text;
    const out: AgeMention[] = [];
    const add = (surname: string, start: number, digits: string) => {
      const value = Number(digits);
      if (value < 1 || value > 120 || isCalendarWord(fold(surname))) return;
      const sentence = sentenceIndexAt(a, start);
      if (sentence >= 0) out.push({ name: fold(surname).replace(/['’]s$/, ""), start, end: start + digits.length, value, sentence });
    };
    if (!/\d/.test(text)) return out;
    for (const m of text.matchAll(AFTER_NAME)) {
      const g = m.groups!;
      const age = g.age ?? g.paren;
      add(g.name, m.index! + m[0].lastIndexOf(age), age);
    }
    for (const m of text.matchAll(BEFORE_NAME)) {
      const g = m.groups!;
      const names = g.names.split(/\s+/);
      add(names[names.length - 1], m.index!, g.age);
    }
    return out.sort((x, y) => x.start - y.start);
  });
}

/**
 * The one age each surname has in the article, keyed by surname: names given two different ages (two people
 * of one family, a birthday in the story) are left out, since the age cannot be tied to one person.
 */
export function agesByName(article: Article): Map<string, AgeMention> {
  return perArticle(article, "agesByName", (a) => {
    const out = new Map<string, AgeMention>();
    const mixed = new Set<string>();
    for (const m of findAges(a)) {
      const known = out.get(m.name);
      if (known && known.value !== m.value) mixed.add(m.name);
      else if (!known) out.set(m.name, m);
    }
    for (const n of mixed) out.delete(n);
    return out;
  });
}
