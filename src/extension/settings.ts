// Reads the `copydesk.*` settings into the editor's options and the core's Config, and merges them with the
// project file (.copydesk.json). Never throws: a bad value is reported and replaced by its default.
// Pure: takes a configuration-like object rather than importing vscode, so unit tests run it under Node.

import { defaultConfig, isRuleId, isSeverityLevel, type Config, type RuleId, type SeverityLevel } from "../core";
import { DEFAULT_PAIR_THRESHOLD } from "../core/config";
import { DEFAULT_DEBOUNCE_MS, DEFAULT_LANGUAGES, DEFAULT_MAX_DOCUMENT_SIZE, MAX_DEBOUNCE_MS, SETTINGS } from "./constants";

/** The part of vscode.WorkspaceConfiguration this module uses. */
export interface ConfigurationLike {
  get(key: string): unknown;
  inspect(key: string): { [level: string]: unknown } | undefined;
}

export interface EditorSettings {
  enable: boolean;
  languages: string[];
  /** Severities the user set in settings; they win over the project file's. */
  rules: Partial<Record<RuleId, SeverityLevel>>;
  debounceMs: number;
  maxDocumentSize: number;
  /** Set only when the user set them; otherwise the project file or the default decides. */
  compare?: boolean;
  pairThreshold?: number;
}

export interface SettingsRead {
  settings: EditorSettings;
  problems: string[];
}

const USER_LEVELS = [
  "globalValue",
  "workspaceValue",
  "workspaceFolderValue",
  "globalLanguageValue",
  "workspaceLanguageValue",
  "workspaceFolderLanguageValue",
];

/** True when the user (or the workspace) set the key, as opposed to it holding the manifest's default. */
export function isExplicit(config: ConfigurationLike, key: string): boolean {
  const info = config.inspect(key);
  return !!info && USER_LEVELS.some((level) => info[level] !== undefined);
}

export function readSettings(config: ConfigurationLike): SettingsRead {
  const problems: string[] = [];
  const key = (k: string): string => `${SETTINGS.section}.${k}`;

  const enableRaw = config.get(SETTINGS.enable);
  let enable = true;
  if (typeof enableRaw === "boolean") enable = enableRaw;
  else if (enableRaw !== undefined) problems.push(`${key(SETTINGS.enable)} must be true or false`);

  let languages = [...DEFAULT_LANGUAGES];
  const langRaw = config.get(SETTINGS.languages);
  if (Array.isArray(langRaw) && langRaw.every((l) => typeof l === "string")) languages = langRaw.map((l) => l.trim()).filter(Boolean);
  else if (langRaw !== undefined) problems.push(`${key(SETTINGS.languages)} must be a list of language ids such as "markdown"`);

  const rules: Partial<Record<RuleId, SeverityLevel>> = {};
  const rulesRaw = config.get(SETTINGS.rules);
  if (rulesRaw && typeof rulesRaw === "object" && !Array.isArray(rulesRaw)) {
    for (const [id, level] of Object.entries(rulesRaw as Record<string, unknown>)) {
      if (!isRuleId(id)) problems.push(`${key(SETTINGS.rules)}: unknown rule "${id}"`);
      else if (!isSeverityLevel(level)) problems.push(`${key(SETTINGS.rules)}.${id} must be off, hint, information, warning or error, not ${JSON.stringify(level)}`);
      else rules[id] = level;
    }
  } else if (rulesRaw !== undefined && rulesRaw !== null) {
    problems.push(`${key(SETTINGS.rules)} must map rule ids to off, hint, information, warning or error`);
  }

  const debounceMs = readNumber(config, SETTINGS.debounceMs, DEFAULT_DEBOUNCE_MS, 0, MAX_DEBOUNCE_MS, problems);
  const maxDocumentSize = readNumber(config, SETTINGS.maxDocumentSize, DEFAULT_MAX_DOCUMENT_SIZE, 0, Number.MAX_SAFE_INTEGER, problems);

  const settings: EditorSettings = { enable, languages, rules, debounceMs, maxDocumentSize };
  if (isExplicit(config, SETTINGS.compareEnabled)) {
    const v = config.get(SETTINGS.compareEnabled);
    if (typeof v === "boolean") settings.compare = v;
    else problems.push(`${key(SETTINGS.compareEnabled)} must be true or false`);
  }
  if (isExplicit(config, SETTINGS.compareThreshold)) {
    const v = config.get(SETTINGS.compareThreshold);
    if (typeof v === "number" && v >= 0 && v <= 1) settings.pairThreshold = v;
    else problems.push(`${key(SETTINGS.compareThreshold)} must be a number from 0 to 1; using ${DEFAULT_PAIR_THRESHOLD}`);
  }
  return { settings, problems };
}

function readNumber(config: ConfigurationLike, k: string, fallback: number, min: number, max: number, problems: string[]): number {
  const v = config.get(k);
  if (v === undefined) return fallback;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    problems.push(`${SETTINGS.section}.${k} must be a number; using ${fallback}`);
    return fallback;
  }
  if (v < min || v > max) {
    const clamped = Math.min(Math.max(v, min), max);
    problems.push(`${SETTINGS.section}.${k} must be between ${min} and ${max}; using ${clamped}`);
    return clamped;
  }
  return Math.round(v);
}

/**
 * The Config the core runs with for one document: the project file's values, then every setting the user
 * set explicitly on top (settings win, so one editor can quiet a rule without editing the desk's file).
 */
export function mergeConfig(project: Config | undefined, settings: EditorSettings): Config {
  const base = project ?? defaultConfig();
  return {
    rules: { ...base.rules, ...settings.rules },
    compare: settings.compare ?? base.compare,
    pairThreshold: settings.pairThreshold ?? base.pairThreshold,
    trustedSources: [...base.trustedSources],
    extraCues: [...base.extraCues],
  };
}
