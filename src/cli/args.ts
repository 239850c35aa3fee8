// Parses the command line of `copydesk` into options, and resolves `--pair A:B` against the files given.
// Pure apart from the `exists` probe callers pass in; it must never read files or exit the process:
// bad usage comes back as a message so the caller decides the exit code.

import { isRuleId, isSeverityLevel, type RuleId, type Severity, type SeverityLevel } from "../core";

export type Format = "text" | "json" | "sarif";
export type FailOn = Severity | "none";

export const FORMATS: readonly Format[] = ["text", "json", "sarif"];
export const FAIL_ON: readonly FailOn[] = ["error", "warning", "information", "hint", "none"];
export const DEFAULT_MAX_SIZE = 2 * 1024 * 1024;

export interface CliOptions {
  format: Format;
  /** False with --no-compare: every file is reviewed alone. */
  compare: boolean;
  configPath?: string;
  failOn: FailOn;
  /** --rule id=level, in the order given; later ones win. */
  rules: Partial<Record<RuleId, SeverityLevel>>;
  /** --pair specs as typed ("A:B"); resolved against the files by `resolvePair`. */
  pairs: string[];
  maxSize: number;
  /** --color / --no-color; undefined means "decide from the terminal and NO_COLOR". */
  color?: boolean;
  help: boolean;
  version: boolean;
  /** Paths in the order given, duplicates removed; "-" is standard input. */
  files: string[];
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = "usage: copydesk [--format text|json|sarif] [--no-compare] [--config FILE] [--fail-on LEVEL] [--rule ID=LEVEL] [--pair A:B] FILE...";

const VALUED = new Set(["--format", "--config", "--fail-on", "--rule", "--pair", "--max-size"]);
const SHORT: Record<string, string> = { "-f": "--format", "-h": "--help", "-v": "--version", "-c": "--config" };

/** Parses a byte count: a plain integer, or one with a k/M suffix (binary multiples: 2M = 2 MiB). */
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|kib|m|mb|mib)?$/i.exec(text.trim());
  if (!m) return null;
  const unit = (m[2] ?? "").toLowerCase();
  const factor = unit.startsWith("k") ? 1024 : unit.startsWith("m") ? 1024 * 1024 : 1;
  const n = Math.floor(Number(m[1]) * factor);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const o: CliOptions = { format: "text", compare: true, failOn: "error", rules: {}, pairs: [], maxSize: DEFAULT_MAX_SIZE, help: false, version: false, files: [] };
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === "-" || !arg.startsWith("-")) {
      files.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyFiles = true;
      continue;
    }
    let name = arg;
    let value: string | undefined;
    const eq = arg.indexOf("=");
    if (arg.startsWith("--") && eq > 0) {
      name = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    } else if (/^-[a-z]./i.test(arg) && !arg.startsWith("--") && SHORT[arg.slice(0, 2)]) {
      // "-fjson" as well as "-f json"
      name = arg.slice(0, 2);
      value = arg.slice(2);
    }
    name = SHORT[name] ?? name;
    if (VALUED.has(name) && value === undefined) {
      if (i + 1 >= argv.length) return fail(`option ${name} needs a value`);
      value = argv[++i];
    } else if (!VALUED.has(name) && value !== undefined) {
      return fail(`option ${name} takes no value`);
    }
    switch (name) {
      case "--format":
        if (!(FORMATS as readonly string[]).includes(value!)) return fail(`--format must be text, json or sarif, not "${value}"`);
        o.format = value as Format;
        break;
      case "--config":
        if (!value) return fail("--config needs a file name");
        o.configPath = value;
        break;
      case "--fail-on":
        if (!(FAIL_ON as readonly string[]).includes(value!)) return fail(`--fail-on must be error, warning, information, hint or none, not "${value}"`);
        o.failOn = value as FailOn;
        break;
      case "--rule": {
        const m = /^([^=]+)=(.*)$/.exec(value!);
        if (!m) return fail(`--rule needs ID=LEVEL, e.g. --rule vague-source=off; got "${value}"`);
        const [, id, level] = m;
        if (!isRuleId(id.trim())) return fail(`--rule: unknown rule "${id}" (copydesk --help lists them)`);
        if (!isSeverityLevel(level.trim())) return fail(`--rule ${id}: level must be off, hint, information, warning or error, not "${level}"`);
        o.rules[id.trim() as RuleId] = level.trim() as SeverityLevel;
        break;
      }
      case "--pair":
        if (!value || !value.includes(":")) return fail(`--pair needs A:B, two files to compare as versions; got "${value ?? ""}"`);
        o.pairs.push(value);
        break;
      case "--max-size": {
        const n = parseSize(value!);
        if (n === null) return fail(`--max-size must be a positive number of bytes (e.g. 2000000 or 2M), not "${value}"`);
        o.maxSize = n;
        break;
      }
      case "--no-compare":
        o.compare = false;
        break;
      case "--color":
        o.color = true;
        break;
      case "--no-color":
        o.color = false;
        break;
      case "--help":
        o.help = true;
        break;
      case "--version":
        o.version = true;
        break;
      default:
        return fail(`unknown option ${arg}`);
    }
  }
  o.files = [...new Set(files)];
  if (o.help || o.version) return { ok: true, options: o };
  if (!o.compare && o.pairs.length) return fail("--pair and --no-compare contradict each other: drop one");
  if (o.files.length === 0 && o.pairs.length === 0) return fail("no files given");
  return { ok: true, options: o };
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

/**
 * Splits "A:B" into two paths. Paths may hold colons themselves (C:\x, odd file names), so every
 * colon is tried: first a split where both halves are files already given, then one where both
 * exist on disk, then the only colon there is.
 */
export function resolvePair(spec: string, given: readonly string[], exists: (path: string) => boolean): { a: string; b: string } | { error: string } {
  const splits: [string, string][] = [];
  for (let i = spec.indexOf(":"); i >= 0; i = spec.indexOf(":", i + 1)) {
    const a = spec.slice(0, i);
    const b = spec.slice(i + 1);
    if (a && b) splits.push([a, b]);
  }
  const pick = splits.find(([a, b]) => given.includes(a) && given.includes(b)) ?? splits.find(([a, b]) => exists(a) && exists(b)) ?? (splits.length === 1 ? splits[0] : undefined);
  if (!pick) return { error: `--pair "${spec}": cannot tell the two files apart; give both files as arguments too` };
  const [a, b] = pick;
  if (a === b) return { error: `--pair "${spec}": a file cannot be paired with itself` };
  return { a, b };
}
