// Defaults and validation of the engine's settings, shared by the CLI's config file and the editor's settings.
// Pure: no vscode import. Bad input never throws: it yields a message and the default.

import { isRuleId } from "./rules";
import { SEVERITY_LEVELS, type Config, type RuleId, type SeverityLevel } from "./types";

export const DEFAULT_PAIR_THRESHOLD = 0.12;

export function defaultConfig(): Config {
  return { rules: {}, compare: true, pairThreshold: DEFAULT_PAIR_THRESHOLD, trustedSources: [], extraCues: [] };
}

export function isSeverityLevel(v: unknown): v is SeverityLevel {
  return typeof v === "string" && (SEVERITY_LEVELS as readonly string[]).includes(v);
}

/**
 * Reads a config object (from `.copydesk.json` or settings) into a Config, collecting a readable
 * message for every field it had to ignore.
 */
export function parseConfig(raw: unknown, base: Config = defaultConfig()): { config: Config; problems: string[] } {
  const problems: string[] = [];
  const config: Config = { ...base, rules: { ...base.rules }, trustedSources: [...base.trustedSources], extraCues: [...base.extraCues] };
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    problems.push("the configuration must be a JSON object");
    return { config, problems };
  }
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const v = o[key];
    switch (key) {
      case "$schema":
        break;
      case "rules":
        if (typeof v !== "object" || v === null || Array.isArray(v)) {
          problems.push('"rules" must map rule ids to off, hint, information, warning or error');
          break;
        }
        for (const [id, level] of Object.entries(v as Record<string, unknown>)) {
          if (!isRuleId(id)) problems.push(`unknown rule "${id}" in "rules"`);
          else if (!isSeverityLevel(level)) problems.push(`"rules.${id}" must be off, hint, information, warning or error, not ${JSON.stringify(level)}`);
          else config.rules[id as RuleId] = level;
        }
        break;
      case "compare":
        if (typeof v === "boolean") config.compare = v;
        else problems.push('"compare" must be true or false');
        break;
      case "pairThreshold":
        if (typeof v === "number" && v >= 0 && v <= 1) config.pairThreshold = v;
        else problems.push('"pairThreshold" must be a number from 0 to 1');
        break;
      case "trustedSources":
      case "extraCues":
        if (Array.isArray(v) && v.every((s) => typeof s === "string")) config[key] = v.map((s) => s.trim()).filter(Boolean);
        else problems.push(`"${key}" must be a list of strings`);
        break;
      default:
        problems.push(`unknown setting "${key}"`);
    }
  }
  return { config, problems };
}
