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

// "Selwyn, 58," / "Selwyn, aged 58," / "Selwyn (58)": the age right after the name, closed by punctuation
// that no figure continues ("58,000" is no age); "the 58-year-old (former mayor) Martin Selwyn". The pattern
// starts at the figure's comma, bracket or digits, and the name is read from the text beside it: scanning for
// names first would try every capitalised word of the article.
const AGE = /,\s+(?:aged\s+)?(?<comma>\d{1,3})(?=[,;.)](?!\d))|\s\((?:aged\s+)?(?<paren>\d{1,3})\)|(?<![\p{N}.,])(?<old>\d{1,3})-year-old\s+/gu;
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]+)$/u;
const NAME_AFTER = /^(?:[a-z]+\s+){0,3}?((?:\p{Lu}[\p{L}\p{M}'’-]+\s+)*\p{Lu}[\p{L}\p{M}'’-]+)/u;

/** Every age tied to a surname in the article, in order. */
export function findAges(article: Article): AgeMention[] {
  return perArticle(article, "ages", (a) => {
    const text = a.text;
    const out: AgeMention[] = [];
    for (const m of text.matchAll(AGE)) {
      const g = m.groups!;
      const digits = g.comma ?? g.paren ?? g.old;
      let surname: string | undefined;
      if (g.old) {
        const names = NAME_AFTER.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80))?.[1].split(/\s+/);
        surname = names?.[names.length - 1];
      } else surname = NAME_BEFORE.exec(text.slice(Math.max(0, m.index! - 40), m.index!))?.[1];
      const value = Number(digits);
      if (!surname || value < 1 || value > 120 || isCalendarWord(fold(surname))) continue;
      const start = m.index! + m[0].indexOf(digits, g.old ? 0 : 1);
      const sentence = sentenceIndexAt(a, start);
      if (sentence >= 0) out.push({ name: fold(surname).replace(/['’]s$/, ""), start, end: start + digits.length, value, sentence });
    }
    return out;
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
