// The held-out version benchmark: batches of short version pairs, each written in one sitting and measured
// before any rule was tuned on it (test/eval/versions/heldout*.json). Paraphrase-only pairs count false flags; pairs with
// one planted change count whether the expected rule found it, and what else was said.
// Its first measurement is recorded in test/eval/versions/README.md; later numbers are no longer held out.
//   node out/scripts/eval-heldout.js [--verbose]

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareVersions, defaultConfig, parseArticle, type Finding, type Span } from "../src/core/index";

interface Paraphrase {
  id: string;
  beat: string;
  a: string;
  b: string;
}

interface Change {
  id: string;
  type: string;
  rule: string;
  a: string;
  b: string;
  changedA: string;
  changedB: string;
  note: string;
}

export interface HeldoutResult {
  paraphrases: { pairs: number; flags: number; perPair: number; byRule: Record<string, number> };
  changes: { type: string; rule: string; cases: number; hits: number }[];
  /** Findings on change pairs other than the expected one on the change. */
  noise: number;
  lines: string[];
}

/** The same counting as the generated benchmark: a hint from changed-wording is rewording, not a flag. */
const isFlag = (f: Finding): boolean => !(f.rule === "changed-wording" && f.severity === "hint");
/** Every difference once: the findings on b, plus what only a carries. */
const reported = (fs: Finding[]): Finding[] => fs.filter((f) => f.docId === "b" || f.rule === "removed-content");
const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;

function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0 || text.indexOf(part, start + 1) >= 0) throw new Error(`heldout: ${JSON.stringify(part)} must occur exactly once`);
  return { start, end: start + part.length };
}

/** Every held-out batch (test/eval/versions/heldout*.json), each scored on its own, in name order. */
export function runHeldoutEval(opts: { root?: string; verbose?: boolean; print?: boolean } = {}): HeldoutResult[] {
  const root = opts.root ?? join(__dirname, "..", "..");
  const dir = join(root, "test/eval/versions");
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^heldout.*\.json$/.test(f)).sort() : [];
  if (!files.length && opts.print !== false) console.log("Held-out version pairs: no test/eval/versions/heldout*.json; skipped.");
  return files.map((f, k) => {
    if (k > 0 && opts.print !== false) console.log("");
    return scoreBatch(join(dir, f), `test/eval/versions/${f}`, opts);
  });
}

function scoreBatch(file: string, label: string, opts: { verbose?: boolean; print?: boolean }): HeldoutResult {
  const data = JSON.parse(readFileSync(file, "utf8")) as { paraphrases: Paraphrase[]; changes: Change[] };
  const config = defaultConfig();
  const compare = (x: string, y: string) => compareVersions(parseArticle("a", x), parseArticle("b", y), config);
  const detail: string[] = [];

  const byRule: Record<string, number> = {};
  let flags = 0;
  for (const p of data.paraphrases) {
    for (const f of reported(compare(p.a, p.b)).filter(isFlag)) {
      flags++;
      byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
      detail.push(`FLAG ${p.id} (${p.beat}) ${f.rule}: ${f.message}`);
    }
  }

  const rows = new Map<string, { type: string; rule: string; cases: number; hits: number }>();
  let noise = 0;
  for (const c of data.changes) {
    const findings = compare(c.a, c.b);
    const spans = { a: spanOf(c.a, c.changedA), b: spanOf(c.b, c.changedB) };
    const onChange = (f: Finding) => f.rule === c.rule && overlaps(f.span, f.docId === "a" ? spans.a : spans.b) && (f.related ?? []).length > 0;
    const hit = findings.some(onChange);
    const row = rows.get(c.type) ?? { type: c.type, rule: c.rule, cases: 0, hits: 0 };
    row.cases++;
    if (hit) row.hits++;
    rows.set(c.type, row);
    if (!hit) detail.push(`MISS ${c.id} ${c.rule}: ${c.note} (${JSON.stringify(c.changedA)} / ${JSON.stringify(c.changedB)})`);
    for (const f of reported(findings).filter(isFlag)) {
      if (onChange(f) || overlaps(f.span, spans.b)) continue;
      noise++;
      detail.push(`ELSE ${c.id} ${f.rule}: ${f.message}`);
    }
  }

  const pairs = data.paraphrases.length;
  const result: HeldoutResult = {
    paraphrases: { pairs, flags, perPair: pairs ? flags / pairs : 0, byRule },
    changes: [...rows.values()],
    noise,
    lines: [],
  };
  const say = (s: string) => result.lines.push(s);
  say(`Held-out version pairs (${label}, ${pairs} paraphrase-only and ${data.changes.length} with one change):`);
  say("");
  say("| change | expected rule | cases | found |");
  say("| --- | --- | ---: | ---: |");
  for (const r of result.changes) say(`| ${r.type} | ${r.rule} | ${r.cases} | ${r.hits} |`);
  const byRuleText = Object.entries(byRule).map(([r, n]) => `${r} ${n}`).join(", ");
  say("");
  say(`Paraphrase-only pairs: ${pairs}; false flags ${flags} = ${result.paraphrases.perPair.toFixed(3)} per pair${byRuleText ? ` — ${byRuleText}` : ""}.`);
  say(`Findings away from the change in the change pairs: ${noise}.`);
  if (opts.verbose) result.lines.push("", ...detail);
  if (opts.print !== false) console.log(result.lines.join("\n"));
  return result;
}

if (require.main === module) runHeldoutEval({ verbose: process.argv.includes("--verbose") });
