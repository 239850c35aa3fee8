// Measures the one-article rules on the labelled passages in test/eval/article: precision and recall per rule.
//   node out/scripts/eval-article.js            prints the table
//   node out/scripts/eval-article.js --verbose  also lists every miss and every false positive
// Passages carry their expectations inline ({{rule ?rule: text}}, see test/eval/article/README.md); the loader
// strips the markers, so the rules see exactly the text an editor would.

import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { ARTICLE_RULE_IDS, checkArticle, defaultConfig, languageToKind, parseArticle, type Finding, type Span } from "../src/core/index";

export interface Expectation {
  rules: string[];
  optional: string[];
  span: Span;
  text: string;
}

export interface Passage {
  file: string;
  source: string;
  expectations: Expectation[];
}

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface EvalDetail {
  file: string;
  rule: string;
  kind: "miss" | "false positive";
  text: string;
  message?: string;
}

const MARKER = /\{\{([?a-z -]+):\s?([\s\S]*?)\}\}/g;

/** Strips the inline markers of one passage, keeping the expected spans in offsets of the stripped text. */
export function parsePassage(file: string, raw: string): Passage {
  const expectations: Expectation[] = [];
  let source = "";
  let last = 0;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(raw))) {
    source += raw.slice(last, m.index);
    const start = source.length;
    source += m[2];
    const ids = m[1].trim().split(/\s+/);
    expectations.push({
      rules: ids.filter((r) => !r.startsWith("?")),
      optional: ids.filter((r) => r.startsWith("?")).map((r) => r.slice(1)),
      span: { start, end: source.length },
      text: m[2],
    });
    last = m.index + m[0].length;
  }
  source += raw.slice(last);
  return { file, source, expectations };
}

export function evalDir(): string {
  const candidates = [resolve(__dirname, "../../test/eval/article"), resolve(__dirname, "../test/eval/article"), resolve(process.cwd(), "test/eval/article")];
  return candidates.find((d) => existsSync(d)) ?? candidates[candidates.length - 1];
}

export function loadPassages(dir = evalDir()): Passage[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f) && !/^readme\./i.test(f))
    .sort()
    .map((f) => parsePassage(f, readFileSync(join(dir, f), "utf8")));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Scores every rule over every passage; `details` collects misses and false positives when given. */
export function runArticleEval(passages = loadPassages(), details?: EvalDetail[]): RuleScore[] {
  const config = defaultConfig();
  config.compare = false;
  const counts = new Map<string, { tp: number; tpFindings: number; fp: number; fn: number }>();
  for (const r of ARTICLE_RULE_IDS) counts.set(r, { tp: 0, tpFindings: 0, fp: 0, fn: 0 });
  for (const p of passages) {
    const article = parseArticle(p.file, p.source, languageToKind(undefined, p.file));
    const findings: Finding[] = checkArticle(article, config);
    for (const rule of ARTICLE_RULE_IDS) {
      const c = counts.get(rule)!;
      const mine = findings.filter((f) => f.rule === rule);
      for (const e of p.expectations.filter((x) => x.rules.includes(rule))) {
        if (mine.some((f) => overlaps(f.span, e.span))) c.tp++;
        else {
          c.fn++;
          details?.push({ file: p.file, rule, kind: "miss", text: e.text });
        }
      }
      for (const f of mine) {
        const expected = p.expectations.some((x) => x.rules.includes(rule) && overlaps(f.span, x.span));
        const optional = p.expectations.some((x) => x.optional.includes(rule) && overlaps(f.span, x.span));
        if (expected) c.tpFindings++;
        else if (!optional) {
          c.fp++;
          details?.push({ file: p.file, rule, kind: "false positive", text: p.source.slice(f.span.start, f.span.end), message: f.message });
        }
      }
    }
  }
  return ARTICLE_RULE_IDS.map((rule) => {
    const c = counts.get(rule)!;
    const precision = c.tpFindings + c.fp ? c.tpFindings / (c.tpFindings + c.fp) : 1;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
    return { rule, tp: c.tp, fp: c.fp, fn: c.fn, precision, recall };
  });
}

/** The table printed by `npm run eval` and quoted in the README. */
export function formatScores(scores: RuleScore[], passages: number): string {
  const lines = [`One-article rules on ${passages} labelled passages (test/eval/article):`, "", "| rule | expected hits | false positives | misses | precision | recall |", "| --- | ---: | ---: | ---: | ---: | ---: |"];
  for (const s of scores) lines.push(`| ${s.rule} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`);
  return lines.join("\n");
}

if (require.main === module) {
  const passages = loadPassages();
  const details: EvalDetail[] = [];
  const scores = runArticleEval(passages, details);
  console.log(formatScores(scores, passages.length));
  if (process.argv.includes("--verbose")) {
    console.log("");
    for (const d of details) console.log(`${d.kind === "miss" ? "MISS" : "FP  "} ${d.rule} ${d.file}: ${JSON.stringify(d.text.slice(0, 100))}${d.message ? `\n       ${d.message}` : ""}`);
  }
}
