// One run of `copydesk`: arguments → config → files → engine → formatted report → exit code.
// Everything the outside world provides (streams, cwd, environment, the engine) comes in through `io` and
// `deps`, so tests can drive it in-process. Never throws: every failure becomes a message and exit 2.
// Never writes to an input file.

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { version } from "../../package.json";
import { RULES, parseArticle, review, similarity, type Config, type Pair, type ReviewDocument, type ReviewResult, type Severity } from "../core";
import { FAIL_ON, USAGE, parseArgs, resolvePair, type CliOptions, type FailOn } from "./args";
import { loadConfig } from "./config";
import { readInput } from "./files";
import { formatJson } from "./formatters/json";
import { formatSarif } from "./formatters/sarif";
import { formatSummary, formatText } from "./formatters/text";

export const EXIT_OK = 0;
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(s: string): void;
  stderr(s: string): void;
  stdoutIsTTY: boolean;
  readStdin(): Uint8Array;
}

export interface CliDeps {
  review: (docs: ReviewDocument[], config: Config, pairs?: Pair[]) => ReviewResult;
  version: string;
}

const defaultDeps: CliDeps = { review, version };

const RANK: Record<FailOn, number> = { hint: 1, information: 2, warning: 3, error: 4, none: Infinity };

/** True when some finding is at or above the --fail-on level. */
export function failsOn(severities: Iterable<Severity>, failOn: FailOn): boolean {
  for (const s of severities) if (RANK[s] >= RANK[failOn]) return true;
  return false;
}

export function helpText(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const rules = RULES.map((r) => `  ${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(11)}  ${r.description}`).join("\n");
  return `${USAGE}

Reviews news articles: claims without a source, vague sources, quotes, timelines, boilerplate; and,
between versions of one story, changed dates, numbers, names, quotes, hedges and wording.
Files given together are candidates for version pairing, as open documents are in the editor.
Kind by extension: .md/.markdown Markdown, .html/.htm HTML, anything else plain text. "-" reads stdin.

Options:
  -f, --format text|json|sarif  output format (default: text)
      --no-compare              review each file alone; never pair versions
  -c, --config FILE             JSON settings (default: .copydesk.json in the current directory, if any)
      --rule ID=LEVEL           set a rule to off|hint|information|warning|error; repeatable, beats --config
      --pair A:B                compare A and B as versions, instead of automatic pairing; repeatable
      --fail-on LEVEL           exit 1 when a finding is at or above ${FAIL_ON.join("|")} (default: error)
      --max-size BYTES          refuse larger files (default: 2M; k and M suffixes allowed)
      --color, --no-color       colour text output (default: when stdout is a terminal and NO_COLOR is unset)
  -h, --help                    show this help
  -v, --version                 show the version

Exit status: 0 nothing at or above --fail-on, 1 something was, 2 bad usage or a file that cannot be read.
JSON positions are 0-based lines and UTF-16 characters; text and SARIF positions are 1-based.

Rules (id, default severity, what it finds):
${rules}
`;
}

export function run(argv: readonly string[], io: CliIo, deps: CliDeps = defaultDeps): number {
  try {
    return runUnsafe(argv, io, deps);
  } catch (e) {
    io.stderr(`copydesk: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT_USAGE;
  }
}

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();

function runUnsafe(argv: readonly string[], io: CliIo, deps: CliDeps): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`copydesk: ${parsed.error}\n${USAGE}\nTry 'copydesk --help' for more.\n`);
    return EXIT_USAGE;
  }
  const o = parsed.options;
  if (o.help) {
    io.stdout(helpText());
    return EXIT_OK;
  }
  if (o.version) {
    io.stdout(`${deps.version}\n`);
    return EXIT_OK;
  }

  const loaded = loadConfig(o.configPath, io.cwd);
  if (!loaded.ok) {
    io.stderr(`copydesk: ${loaded.path}: ${loaded.reason}\n`);
    return EXIT_USAGE;
  }
  const config = applyOptions(loaded.config, o);

  const pairs: { a: string; b: string }[] = [];
  const files = [...o.files];
  for (const spec of o.pairs) {
    const r = resolvePair(spec, files, (p) => existsSync(resolveFrom(io.cwd, p)));
    if ("error" in r) {
      io.stderr(`copydesk: ${r.error}\n`);
      return EXIT_USAGE;
    }
    for (const p of [r.a, r.b]) if (!files.includes(p)) files.push(p);
    pairs.push(r);
  }

  const docs: ReviewDocument[] = [];
  let bad = false;
  for (const path of files) {
    const r = readInput(resolveFrom(io.cwd, path), o.maxSize, io.readStdin);
    if (!r.ok) {
      io.stderr(`copydesk: ${path}: ${r.reason}\n`);
      bad = true;
      continue;
    }
    if (r.warning) io.stderr(`copydesk: warning: ${path}: ${r.warning}\n`);
    // The id is the path as given, so every output names files the way the user typed them.
    docs.push({ ...r.doc, id: path });
  }
  if (bad) return EXIT_USAGE;

  const forced = pairs.length ? forcedPairs(pairs, docs) : undefined;
  const result = deps.review(docs, config, forced);

  switch (o.format) {
    case "json":
      io.stdout(formatJson(result, docs));
      break;
    case "sarif":
      io.stdout(formatSarif(result, docs, { version: deps.version, cwd: io.cwd }));
      break;
    default: {
      const color = o.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR);
      io.stdout(formatText(result, docs, { color }));
      io.stderr(`${formatSummary(result)}\n`);
    }
  }
  return failsOn(result.findings.map((f) => f.severity), o.failOn) ? EXIT_FOUND : EXIT_OK;
}

/** Config file first, then the command line on top: --no-compare and every --rule. */
export function applyOptions(base: Config, o: CliOptions): Config {
  return { ...base, compare: base.compare && o.compare, rules: { ...base.rules, ...o.rules } };
}

/** Pairs named on the command line, with the engine's similarity so the report reads like an automatic pair. */
function forcedPairs(pairs: { a: string; b: string }[], docs: ReviewDocument[]): Pair[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const parsed = new Map<string, ReturnType<typeof parseArticle>>();
  const article = (id: string) => {
    let a = parsed.get(id);
    if (!a) {
      const d = byId.get(id)!;
      a = parseArticle(d.id, d.source, d.kind);
      parsed.set(id, a);
    }
    return a;
  };
  const seen = new Set<string>();
  const out: Pair[] = [];
  for (const p of pairs) {
    const key = [p.a, p.b].sort().join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ a: p.a, b: p.b, similarity: similarity(article(p.a), article(p.b)) });
  }
  return out;
}

function resolveFrom(cwd: string, path: string): string {
  if (path === "-") return path;
  return resolve(cwd, path);
}
