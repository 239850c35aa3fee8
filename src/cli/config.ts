// Finds and reads the CLI's configuration: --config FILE, else `.copydesk.json` in the current directory.
// Validation is the core's (`parseConfig`), so the CLI and the editor accept exactly the same files.
// Never falls back silently: a config file that exists but is wrong is an error the user must see.

import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseConfig, type Config } from "../core";
import { describeError } from "./files";

export const CONFIG_FILE = ".copydesk.json";

export type ConfigResult = { ok: true; config: Config; path?: string } | { ok: false; path: string; reason: string };

export function loadConfig(explicit: string | undefined, cwd: string): ConfigResult {
  const path = explicit ?? CONFIG_FILE;
  const full = resolve(cwd, path);
  if (explicit === undefined && !existsSync(full)) return { ok: true, config: parseConfig(undefined).config };
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch (e) {
    return { ok: false, path, reason: describeError(e) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, path, reason: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const { config, problems } = parseConfig(raw);
  if (problems.length) return { ok: false, path, reason: problems.join("; ") };
  return { ok: true, config, path };
}

