// The version benchmark: recall per kind of change between two versions, false flags on paraphrase-only
// rewrites, moved paragraphs, sentence-alignment quality and pairing separation, on the project's own
// corpus (test/eval/versions). Prints a table; `--write-manifest` records the generated cases,
// `--verbose` lists every miss and every false flag.
//   node out/scripts/eval-versions.js [--verbose] [--write-manifest]

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareVersions, defaultConfig, parseArticle, similarity, type Finding, type Span } from "../src/core/index";
import { compareArticles } from "../src/core/versions/compare";
import { buildCases, loadCorpus, SUBTYPES, type Case } from "../test/eval/versions/generate";

export interface TypeRow {
  type: string;
  rule: string;
  cases: number;
  hits: number;
  recall: number;
  /** Of those, the cases whose version b is a heavy rewrite (every sentence reworded, a paragraph moved). */
  heavyCases: number;
  heavyHits: number;
}

export interface VersionEvalResult {
  types: TypeRow[];
  rules: TypeRow[];
  paraphrase: { pairs: number; flags: number; perPair: number; byRule: Record<string, number> };
  /** Findings away from the one change in perturbation cases (their version b is also reworded). */
  noise: { cases: number; flags: number; perCase: number };
  moves: { cases: number; flags: number; foundAsMoves: number };
  /** Whether added lines were told apart: injected lines called unrelated, related additions not. */
  unrelated: { injected: number; injectedCalled: number; related: number; relatedCalled: number };
  alignment: { precision: number; recall: number; f1: number; links: number };
  pairing: {
    threshold: number;
    versionsMin: number;
    versionsMinCase: string;
    versionsPaired: number;
    versionsTotal: number;
    unrelatedMax: number;
    unrelatedMaxPair: string;
    sameBeat: number;
    /** Lowest similarity between a base article and its version with every paraphrase applied, headline and byline removed. */
    rewordedMin: number;
  };
  lines: string[];
}

const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;

/**
 * A finding counts as a false flag unless it is changed-wording at hint severity: a paraphrase does change
 * wording, and a hint is how that rule says "reworded here" without claiming an error.
 */
const isFlag = (f: Finding): boolean => !(f.rule === "changed-wording" && f.severity === "hint");

/** Differences reported for a pair, each counted once: every finding on b, plus what a alone carries. */
function reported(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.docId === "b" || f.rule === "removed-content");
}

/** Does a finding of the case's rule sit on its change, with related information into the other version? */
function recalled(c: Case, findings: Finding[]): boolean {
  return findings.some((f) => {
    if (f.rule !== c.rule) return false;
    const mine = f.docId === "a" ? c.spanA : c.spanB;
    const other = f.docId === "a" ? c.regionB : c.regionA;
    const otherId = f.docId === "a" ? "b" : "a";
    if (!mine) return false;
    const here = mine.end > mine.start ? mine : { start: mine.start, end: mine.start + 1 };
    if (!overlaps(f.span, here)) return false;
    const rel = (f.related ?? []).filter((r) => r.docId === otherId);
    if (!rel.length) return false;
    return !other || rel.some((r) => overlaps(r.span, other.end > other.start ? other : { start: other.start, end: other.start + 1 }));
  });
}

function round(x: number, d = 2): number {
  const k = 10 ** d;
  return Math.round(x * k) / k;
}

function pad(s: string | number, n: number, right = false): string {
  const t = String(s);
  return right ? t.padStart(n) : t.padEnd(n);
}

export function runVersionEval(opts: { root?: string; verbose?: boolean; writeManifest?: boolean; print?: boolean } = {}): VersionEvalResult {
  const root = opts.root ?? join(__dirname, "..", "..");
  const corpus = loadCorpus(root);
  const cases = buildCases(corpus);
  const config = defaultConfig();
  const lines: string[] = [];
  const say = (s = ""): void => {
    lines.push(s);
  };
  const detail: string[] = [];

  type Count = { cases: number; hits: number; heavyCases: number; heavyHits: number };
  const byType = new Map<string, Count>();
  const byRule = new Map<string, Count>();
  const zero = (): Count => ({ cases: 0, hits: 0, heavyCases: 0, heavyHits: 0 });
  let paraFlags = 0;
  const paraByRule: Record<string, number> = {};
  let paraPairs = 0;
  let noiseFlags = 0;
  let noiseCases = 0;
  let moveFlags = 0;
  let moveFound = 0;
  let moveCases = 0;
  const unrelated = { injected: 0, injectedCalled: 0, related: 0, relatedCalled: 0 };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let minSim = Infinity;
  let minSimCase = "";
  let paired = 0;
  let versionsTotal = 0;

  for (const c of cases) {
    const a = parseArticle("a", c.textA);
    const b = parseArticle("b", c.textB);
    const findings = compareVersions(a, b, config);
    const cmp = compareArticles(a, b, config);
    const gold = new Set(c.gold.map(([i, j]) => `${i}:${j}`));
    const links = new Set<string>();
    for (const p of cmp.pairs) for (const i of p.a) for (const j of p.b) links.add(`${i}:${j}`);
    for (const l of links) (gold.has(l) ? tp++ : fp++);
    for (const g of gold) if (!links.has(g)) fn++;
    const sim = similarity(a, b);
    versionsTotal++;
    if (sim >= config.pairThreshold) paired++;
    if (sim < minSim) {
      minSim = sim;
      minSimCase = c.id;
    }
    const flags = reported(findings).filter(isFlag);

    if (c.kind === "perturbation") {
      const t = byType.get(c.type) ?? zero();
      const r = byRule.get(c.rule!) ?? zero();
      const hit = recalled(c, findings);
      for (const x of [t, r]) {
        x.cases++;
        if (hit) x.hits++;
        if (c.heavy) x.heavyCases++;
        if (c.heavy && hit) x.heavyHits++;
      }
      if (!hit && opts.verbose) {
        const got = findings.filter((f) => f.docId === "b" || f.rule === "removed-content").map((f) => f.rule);
        detail.push(`  miss ${c.id} [${c.rule}] ${c.note} — found: ${got.join(", ") || "nothing"}`);
      }
      byType.set(c.type, t);
      if (c.type === "add-injected" || c.type === "add-related") {
        const called = findings.some((f) => f.rule === "added-content" && /unrelated|injected|almost no words/.test(f.message) && overlaps(f.span, c.spanB!));
        if (c.type === "add-injected") {
          unrelated.injected++;
          if (called) unrelated.injectedCalled++;
        } else {
          unrelated.related++;
          if (called) unrelated.relatedCalled++;
        }
      }
      byRule.set(c.rule!, r);
      noiseCases++;
      const away = flags.filter((f) => {
        const mine = f.docId === "a" ? c.regionA : c.regionB;
        return !mine || !overlaps(f.span, mine);
      });
      noiseFlags += away.length;
      if (opts.verbose) for (const f of away) detail.push(`  noise ${c.id} ${f.rule}: ${f.message}`);
    } else if (c.kind === "paraphrase") {
      paraPairs++;
      paraFlags += flags.length;
      for (const f of flags) {
        paraByRule[f.rule] = (paraByRule[f.rule] ?? 0) + 1;
        if (opts.verbose) detail.push(`  flag ${c.id} ${f.rule}: ${f.message}`);
      }
    } else {
      moveCases++;
      const bad = findings.filter(
        (f) => (f.rule === "added-content" || f.rule === "removed-content") && overlaps(f.span, f.docId === "a" ? c.spanA! : c.spanB!),
      );
      moveFlags += bad.length;
      const moved = cmp.pairs.filter((p) => p.moved);
      if (moved.length) moveFound++;
      if (opts.verbose) for (const f of bad) detail.push(`  move-flag ${c.id} ${f.rule}: ${f.message}`);
    }
  }

  // Unrelated articles, including two stories on one city council's beat, must stay below the threshold.
  const bases = corpus.articles.map((x) => parseArticle(x.name, x.text));
  let unrelatedMax = 0;
  let unrelatedMaxPair = "";
  let sameBeat = 0;
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      const s = similarity(bases[i], bases[j]);
      if (s > unrelatedMax) {
        unrelatedMax = s;
        unrelatedMaxPair = `${bases[i].id} / ${bases[j].id}`;
      }
      if (bases[i].id.startsWith("council") && bases[j].id.startsWith("council")) sameBeat = s;
    }
  }

  // Every paraphrase applied at once, headline and byline gone: the hardest version to recognise.
  let rewordedMin = 1;
  for (const art of corpus.articles) {
    let text = art.text;
    for (const p of corpus.paraphrases[art.name] ?? []) text = text.replace(p.a, p.b);
    text = text.split(/\n\s*\n/).slice(2).join("\n\n");
    rewordedMin = Math.min(rewordedMin, similarity(parseArticle("x", art.text), parseArticle("y", text)));
  }

  const row = (type: string, rule: string, t: Count): TypeRow => ({ type, rule, ...t, recall: t.cases ? round(t.hits / t.cases) : 0 });
  const types: TypeRow[] = SUBTYPES.map(({ type, rule }) => row(type, rule, byType.get(type) ?? zero()));
  const rules: TypeRow[] = [...new Set(SUBTYPES.map((s) => s.rule))].map((rule) => row(rule, rule, byRule.get(rule) ?? zero()));
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const result: VersionEvalResult = {
    types,
    rules,
    paraphrase: { pairs: paraPairs, flags: paraFlags, perPair: round(paraFlags / Math.max(1, paraPairs), 3), byRule: paraByRule },
    noise: { cases: noiseCases, flags: noiseFlags, perCase: round(noiseFlags / Math.max(1, noiseCases), 3) },
    moves: { cases: moveCases, flags: moveFlags, foundAsMoves: moveFound },
    unrelated,
    alignment: { precision: round(precision, 3), recall: round(recall, 3), f1: round((2 * precision * recall) / Math.max(1e-9, precision + recall), 3), links: tp + fn },
    pairing: {
      threshold: config.pairThreshold,
      versionsMin: minSim,
      versionsMinCase: minSimCase,
      versionsPaired: paired,
      versionsTotal,
      unrelatedMax,
      unrelatedMaxPair,
      sameBeat,
      rewordedMin,
    },
    lines,
  };

  say(`Version rules on ${noiseCases} perturbed version pairs, ${paraPairs} paraphrase-only pairs and ${moveCases} moved paragraphs (test/eval/versions, ${corpus.articles.length} base articles):`);
  say("");
  const mark = (t: TypeRow): string => (t.cases && t.recall < 0.95 ? " ✗" : "");
  say("| change | expected rule | cases | found | recall | in heavy rewrites |");
  say("| --- | --- | ---: | ---: | ---: | ---: |");
  for (const t of types) say(`| ${t.type} | ${t.rule} | ${t.cases} | ${t.hits} | ${t.recall.toFixed(2)}${mark(t)} | ${t.heavyHits}/${t.heavyCases} |`);
  say("");
  say("| rule | cases | found | recall | in heavy rewrites |");
  say("| --- | ---: | ---: | ---: | ---: |");
  for (const t of rules) say(`| ${t.rule} | ${t.cases} | ${t.hits} | ${t.recall.toFixed(2)}${mark(t)} | ${t.heavyHits}/${t.heavyCases} |`);
  say("");
  const pr = result.paraphrase;
  const byRuleText = Object.entries(pr.byRule).map(([r, n]) => `${r} ${n}`).join(", ");
  say(`Paraphrase-only pairs: ${pr.pairs}; false flags ${pr.flags} = ${pr.perPair.toFixed(3)} per pair (target ≤ 0.05)${byRuleText ? ` — ${byRuleText}` : ""}.`);
  say("  A false flag is any version-rule finding on a paraphrase-only pair, except changed-wording at hint severity (rewording is what a paraphrase does).");
  say(`Findings away from the change in perturbed pairs (whose version b is also reworded): ${result.noise.flags} = ${result.noise.perCase.toFixed(3)} per pair.`);
  say(`Injected lines called unrelated: ${result.unrelated.injectedCalled}/${result.unrelated.injected}; related additions wrongly called unrelated: ${result.unrelated.relatedCalled}/${result.unrelated.related}.`);
  say(`Moved paragraphs: ${result.moves.cases}; found as moves ${result.moves.foundAsMoves}; reported as added/removed ${result.moves.flags}.`);
  const al = result.alignment;
  say(`Sentence alignment over all pairs: precision ${al.precision.toFixed(3)}, recall ${al.recall.toFixed(3)}, F1 ${al.f1.toFixed(3)} (${al.links} gold links).`);
  const pg = result.pairing;
  say(
    `Pairing (threshold ${pg.threshold}): versions paired ${pg.versionsPaired}/${pg.versionsTotal}, lowest version similarity ${pg.versionsMin} (${pg.versionsMinCase}); ` +
      `fully reworded versions lowest ${pg.rewordedMin}; unrelated articles highest ${pg.unrelatedMax} (${pg.unrelatedMaxPair}), the two council stories ${pg.sameBeat}.`,
  );
  if (opts.verbose) lines.push("", ...detail);

  if (opts.writeManifest) {
    const manifest = {
      about:
        "Generated by test/eval/versions/generate.ts (buildCases, default seed); regenerate with `node out/scripts/eval-versions.js --write-manifest`. " +
        "Version a is the base article; version b is it with the listed change and `paraphrased` other sentences reworded (and, when `heavy`, a paragraph moved). Spans are UTF-16 offsets [start, end) into each version's text; null means the text exists in one version only.",
      cases: cases.map((c) => ({
        id: c.id,
        kind: c.kind,
        type: c.type,
        rule: c.rule,
        note: c.note,
        paraphrased: c.paraphrased,
        heavy: c.heavy,
        a: c.spanA ? { ...c.spanA, text: c.textA.slice(c.spanA.start, c.spanA.end) } : null,
        b: c.spanB ? { ...c.spanB, text: c.textB.slice(c.spanB.start, c.spanB.end) } : null,
      })),
    };
    writeFileSync(join(root, "test/eval/versions/manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
    lines.push(`wrote test/eval/versions/manifest.json (${cases.length} cases)`);
  }
  if (opts.print !== false) console.log(lines.join("\n"));
  return result;
}

if (require.main === module) {
  runVersionEval({ verbose: process.argv.includes("--verbose"), writeManifest: process.argv.includes("--write-manifest") });
}
