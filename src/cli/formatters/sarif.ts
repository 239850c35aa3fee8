// SARIF 2.1.0 output that GitHub code scanning accepts: every rule described in tool.driver, one result
// per finding with 1-based regions counted in UTF-16 code units (stated in run.columnKind), the other
// version as a related location, and partial fingerprints so alerts survive re-runs and moved lines.
// Must never emit a path GitHub cannot place: repository-relative when possible, else a file: URI.

import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { RULES, docsUrl, type Finding, type ReviewDocument, type ReviewResult, type SeverityLevel } from "../../core";
import { Locator, type Range } from "./locate";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://github.com/copydesk/copydesk";
export const SRCROOT = "%SRCROOT%";
/** The key of our own fingerprint in partialFingerprints; bump the suffix if the recipe ever changes. */
export const FINGERPRINT_KEY = "copydeskFindingHash/v1";

export type SarifLevel = "error" | "warning" | "note" | "none";

export interface SarifOptions {
  version: string;
  /** The directory uris are relative to (%SRCROOT%): the repository root when run in CI. */
  cwd: string;
}

export function sarifLevel(level: SeverityLevel): SarifLevel {
  switch (level) {
    case "error":
      return "error";
    case "warning":
      return "warning";
    case "off":
      return "none";
    default:
      return "note";
  }
}

/** GitHub's own grouping of non-security alerts. */
function problemSeverity(level: SeverityLevel): string {
  return level === "error" ? "error" : level === "warning" ? "warning" : "recommendation";
}

export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** Relative to cwd with forward slashes and each segment URI-encoded; outside cwd, an absolute file: URI. */
export function artifactLocation(path: string, cwd: string): ArtifactLocation {
  if (path === "-") return { uri: "stdin" };
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(sep).join("/").split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function fingerprintText(f: Finding, loc: Locator): string {
  const own = loc.excerpt(f.docId, f.span);
  if (own) return own.toLowerCase();
  // A zero-width finding (text missing here) is identified by what it points at in the other version.
  return (f.related ?? []).map((r) => loc.excerpt(r.docId, r.span)).join(" | ").toLowerCase();
}

export function toSarif(result: ReviewResult, docs: readonly ReviewDocument[], opts: SarifOptions) {
  const loc = new Locator(docs);
  const ruleIndex = new Map(RULES.map((r, i) => [r.id as string, i]));
  const seen = new Map<string, number>();
  const cwdUri = pathToFileURL(opts.cwd).href.replace(/\/?$/, "/");

  const results = result.findings.map((f) => {
    const art = artifactLocation(f.docId, opts.cwd);
    const hash = createHash("sha256").update(`${f.rule}\u0000${art.uri}\u0000${fingerprintText(f, loc)}`).digest("hex").slice(0, 32);
    // The same text flagged twice by one rule in one file still needs two distinct alerts.
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    const related = (f.related ?? []).map((r, i) => ({
      id: i + 1,
      physicalLocation: { artifactLocation: artifactLocation(r.docId, opts.cwd), region: region(loc.range(r.docId, r.span)) },
      message: { text: r.message },
    }));
    const index = ruleIndex.get(f.rule);
    return {
      ruleId: f.rule,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: art, region: region(loc.range(f.docId, f.span)) } }],
      ...(related.length ? { relatedLocations: related } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${n}` },
      properties: { severity: f.severity },
    };
  });

  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Copydesk",
            informationUri: INFORMATION_URI,
            version: opts.version,
            semanticVersion: opts.version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: pascalCase(r.id),
              shortDescription: { text: r.description },
              fullDescription: { text: `${r.description} ${r.family === "article" ? "Checked in each article on its own." : "Checked between two versions of one article."}` },
              help: { text: `${r.description}\nDocumentation: ${docsUrl(r.id)}`, markdown: `${r.description}\n\n[Documentation](${docsUrl(r.id)})` },
              helpUri: docsUrl(r.id),
              defaultConfiguration: { level: sarifLevel(r.defaultSeverity), ...(r.defaultSeverity === "off" ? { enabled: false } : {}) },
              properties: { tags: ["copydesk", r.family === "article" ? "single-document" : "cross-version"], "problem.severity": problemSeverity(r.defaultSeverity) },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri } },
        columnKind: "utf16CodeUnits",
        invocations: [{ executionSuccessful: true }],
        results,
      },
    ],
  };
}

export function formatSarif(result: ReviewResult, docs: readonly ReviewDocument[], opts: SarifOptions): string {
  return `${JSON.stringify(toSarif(result, docs, opts), null, 2)}\n`;
}
