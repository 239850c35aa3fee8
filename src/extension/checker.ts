// Keeps every open article reviewed: debounces edits, parses each document once per version, pairs versions
// (automatically, or as the user chose with Compare With…), runs the core, and publishes diagnostics for a
// document only when what it depends on changed. Work runs synchronously after one await, on the text each
// document holds at that moment, and a result is published only if its document is still at that version.
// Must never change a document, never throw into VS Code, and never publish for a closed document.

import * as vscode from "vscode";
import {
  checkArticle,
  compareVersions,
  LineIndex,
  pairArticles,
  parseArticle,
  similarity,
  type Article,
  type Config,
  type Finding,
  type Pair,
} from "../core";
import { OPEN_DELAY_MS, SETTINGS } from "./constants";
import { toDiagnostic, toPlainDiagnostic, type DiagnosticApi } from "./diagnostics";
import { formatMs, formatSize, type Output } from "./output";
import type { ProjectConfigs } from "./projectConfig";
import { mergeConfig, readSettings, type EditorSettings } from "./settings";
import { isArticleDocument, kindOf, shortName } from "./workspace";

interface Parsed {
  /** Unique per parse. Untitled documents reuse URIs and versions, so caches are keyed on this instead. */
  serial: number;
  doc: vscode.TextDocument;
  version: number;
  article: Article;
  lines: LineIndex;
}

/** What is on screen for one document: the findings behind each diagnostic, and the texts they were computed on. */
export interface Published {
  uri: vscode.Uri;
  version: number;
  article: Article;
  entries: { finding: Finding; diagnostic: vscode.Diagnostic }[];
  /** The articles of the other versions, as they were when the findings were computed. */
  partners: { article: Article; pair: Pair; manual: boolean }[];
  ownFindings: number;
  ms: number;
}

export interface PassTimings {
  total: number;
  parse: number;
  article: number;
  pairing: number;
  compare: number;
  documents: number;
  pairs: number;
}

export type SkipReason = "too-large" | "disabled";

const DIAGNOSTIC_API: DiagnosticApi = {
  Diagnostic: vscode.Diagnostic,
  Range: vscode.Range,
  Location: vscode.Location,
  DiagnosticRelatedInformation: vscode.DiagnosticRelatedInformation,
  Uri: vscode.Uri,
};

const now = (): number => performance.now();

export class Checker implements vscode.Disposable {
  private readonly parsed = new Map<string, Parsed>();
  private readonly single = new Map<string, { key: string; findings: Finding[]; ms: number }>();
  private readonly compared = new Map<string, { key: string; findings: Finding[]; ms: number }>();
  private readonly published = new Map<string, Published & { fingerprint: string }>();
  /** Pairs chosen with Compare With…, stored both ways; the value's `a` is the original version. */
  private readonly manual = new Map<string, Pair>();
  /** Documents the user took out of automatic pairing with Stop Comparing. */
  private readonly unpaired = new Set<string>();
  /** Documents reviewed on request although their language is not in copydesk.languages. */
  private readonly forced = new Set<string>();
  private readonly skipped = new Map<string, SkipReason>();
  private readonly notifiedTooLarge = new Set<string>();
  private readonly loggedProblems = new Set<string>();
  private pairingCache: { key: string; pairs: Pair[] } | undefined;
  private serial = 0;
  /** Milliseconds the last review pass that published anything spent, by stage. */
  lastPass: PassTimings | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = Infinity;
  private queue: Promise<void> = Promise.resolve();
  private disposed = false;
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires after a review pass published or cleared anything. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly output: Output,
    private readonly projects: ProjectConfigs,
    private readonly docsTarget: (rule: string) => string,
  ) {}

  /** The editor-wide settings (languages, debounce, size limit), read fresh; problems are logged once each. */
  settings(scope?: vscode.ConfigurationScope): EditorSettings {
    const { settings, problems } = readSettings(vscode.workspace.getConfiguration(SETTINGS.section, scope));
    for (const p of problems) {
      if (this.loggedProblems.has(p)) continue;
      this.loggedProblems.add(p);
      this.output.warn(`Setting ignored: ${p}`);
    }
    return settings;
  }

  /** Reviews soon: after the debounce when the user is typing, almost at once when documents open or settings change. */
  schedule(reason: "typing" | "soon"): void {
    if (this.disposed) return;
    const delay = reason === "typing" ? this.settings().debounceMs : OPEN_DELAY_MS;
    const at = now() + delay;
    if (reason === "soon" && this.timer !== undefined && this.due <= at) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.due = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.due = Infinity;
      void this.run();
    }, delay);
  }

  /** Runs a review pass now (after any pass already running); resolves when its diagnostics are published. */
  run(): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        await this.projects.ready;
        if (!this.disposed) this.reviewAll();
      } catch (e) {
        this.output.error("Review failed", e);
      }
    });
    return this.queue;
  }

  result(uri: vscode.Uri): Published | undefined {
    return this.published.get(uri.toString());
  }

  skipReason(uri: vscode.Uri): SkipReason | undefined {
    return this.skipped.get(uri.toString());
  }

  /** Review a document on request even if its language is not configured; until it closes. */
  force(doc: vscode.TextDocument): void {
    this.forced.add(doc.uri.toString());
  }

  /** Pairs two documents as versions of one article (a is the original); they leave automatic pairing. */
  compare(original: vscode.Uri, revision: vscode.Uri): void {
    const a = original.toString();
    const b = revision.toString();
    if (a === b) return;
    for (const id of [a, b]) {
      const old = this.manual.get(id);
      if (old) {
        this.manual.delete(old.a);
        this.manual.delete(old.b);
      }
      this.unpaired.delete(id);
    }
    const pair: Pair = { a, b, similarity: NaN };
    this.manual.set(a, pair);
    this.manual.set(b, pair);
    this.output.info(`Comparing ${shortName(a)} (original) with ${shortName(b)} (revision), as chosen`);
  }

  /** Ends comparison for a document: its chosen pair, and automatic pairing until Compare With… is used again. */
  stopComparing(uri: vscode.Uri): void {
    const id = uri.toString();
    const old = this.manual.get(id);
    if (old) {
      this.manual.delete(old.a);
      this.manual.delete(old.b);
    }
    this.unpaired.add(id);
    this.output.info(`Stopped comparing ${shortName(id)}`);
  }

  /** Forgets a closed document and clears its diagnostics at once; its partners are reviewed again soon. */
  closed(doc: vscode.TextDocument): void {
    const id = doc.uri.toString();
    this.collection.delete(doc.uri);
    const hadResults = this.published.delete(id);
    this.parsed.delete(id);
    this.single.delete(id);
    for (const key of [...this.compared.keys()]) if (key.split("\n").includes(id)) this.compared.delete(key);
    const pair = this.manual.get(id);
    if (pair) {
      this.manual.delete(pair.a);
      this.manual.delete(pair.b);
    }
    this.unpaired.delete(id);
    this.forced.delete(id);
    this.skipped.delete(id);
    this.notifiedTooLarge.delete(id);
    if (hadResults) this.updated.fire();
    this.schedule("soon");
  }

  /** Whether an edit to this document can change what Copydesk publishes (so output channels never trigger a pass). */
  concerns(doc: vscode.TextDocument): boolean {
    return this.isCandidate(doc, this.settings());
  }

  private isCandidate(doc: vscode.TextDocument, settings: EditorSettings): boolean {
    const id = doc.uri.toString();
    if (doc.isClosed) return false;
    return this.forced.has(id) || isArticleDocument(doc, settings.languages);
  }

  private parse(doc: vscode.TextDocument): Parsed {
    const id = doc.uri.toString();
    const cached = this.parsed.get(id);
    if (cached && cached.doc === doc && cached.version === doc.version) return cached;
    const source = doc.getText();
    const p = { serial: ++this.serial, doc, version: doc.version, article: parseArticle(id, source, kindOf(doc)), lines: new LineIndex(source) };
    this.parsed.set(id, p);
    return p;
  }

  private configFor(doc: vscode.TextDocument): Config {
    return mergeConfig(this.projects.forDocument(doc.uri), this.settings(doc));
  }

  private reviewAll(): void {
    const started = now();
    const settings = this.settings();
    const docs: vscode.TextDocument[] = [];
    const present = new Set<string>();
    for (const doc of vscode.workspace.textDocuments) {
      if (!this.isCandidate(doc, settings)) continue;
      const id = doc.uri.toString();
      present.add(id);
      const docSettings = this.settings(doc);
      if (!docSettings.enable && !this.forced.has(id)) {
        this.skip(doc, "disabled");
        continue;
      }
      const size = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
      if (size > settings.maxDocumentSize) {
        this.skip(doc, "too-large");
        if (!this.notifiedTooLarge.has(id)) {
          this.notifiedTooLarge.add(id);
          const msg = `Copydesk skipped ${shortName(id)}: ${formatSize(size)} is over the ${formatSize(settings.maxDocumentSize)} limit (copydesk.maxDocumentSize).`;
          this.output.warn(msg);
          void vscode.window.showInformationMessage(msg);
        }
        continue;
      }
      this.skipped.delete(id);
      docs.push(doc);
    }
    let changed = false;
    for (const id of [...this.published.keys()]) {
      if (!present.has(id) || this.skipped.has(id)) changed = this.clear(id) || changed;
    }

    const t0 = now();
    const parsed = new Map(docs.map((d) => [d.uri.toString(), this.parse(d)]));
    const configs = new Map(docs.map((d) => [d.uri.toString(), this.configFor(d)]));
    const parseMs = now() - t0;

    const t1 = now();
    const pairs = this.choosePairs(parsed, settings);
    const pairingMs = now() - t1;

    let articleMs = 0;
    let compareMs = 0;
    const byDoc = new Map<string, { own: Finding[]; ownMs: number; cross: Finding[]; crossMs: number; partners: Published["partners"] }>();
    for (const doc of docs) {
      const id = doc.uri.toString();
      const p = parsed.get(id)!;
      const config = configs.get(id)!;
      const key = `${p.serial}\n${JSON.stringify(config)}`;
      let s = this.single.get(id);
      if (!s || s.key !== key) {
        const t = now();
        const findings = this.guard(`Checking ${shortName(id)}`, () => checkArticle(p.article, config));
        const ms = now() - t;
        articleMs += ms;
        s = { key, findings, ms };
        this.single.set(id, s);
      }
      byDoc.set(id, { own: s.findings, ownMs: s.ms, cross: [], crossMs: 0, partners: [] });
    }
    const liveCompareKeys = new Set<string>();
    for (const pair of pairs) {
      const pa = parsed.get(pair.a)!;
      const pb = parsed.get(pair.b)!;
      const config = configs.get(pair.a)!;
      const id = `${pair.a}\n${pair.b}`;
      liveCompareKeys.add(id);
      const key = `${pa.serial}\n${pb.serial}\n${JSON.stringify(config)}`;
      let c = this.compared.get(id);
      if (!c || c.key !== key) {
        const t = now();
        const findings = this.guard(`Comparing ${shortName(pair.a)} with ${shortName(pair.b)}`, () => compareVersions(pa.article, pb.article, config));
        const ms = now() - t;
        compareMs += ms;
        c = { key, findings, ms };
        this.compared.set(id, c);
      }
      const manual = this.manual.get(pair.a) === pair;
      for (const [self, other] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
        const entry = byDoc.get(self)!;
        entry.cross.push(...c.findings.filter((f) => f.docId === self));
        entry.crossMs += c.ms;
        entry.partners.push({ article: parsed.get(other)!.article, pair, manual });
      }
    }
    for (const key of [...this.compared.keys()]) if (!liveCompareKeys.has(key)) this.compared.delete(key);

    const lines = (docId: string): LineIndex | undefined => parsed.get(docId)?.lines;
    const logs: string[] = [];
    for (const doc of docs) {
      const id = doc.uri.toString();
      const p = parsed.get(id)!;
      const r = byDoc.get(id)!;
      const fingerprint = [
        p.serial,
        this.single.get(id)!.key,
        ...r.partners.map((x) => `${x.pair.a}|${x.pair.b}|${this.compared.get(`${x.pair.a}\n${x.pair.b}`)!.key}`),
      ].join("\n");
      const prev = this.published.get(id);
      if (prev && prev.fingerprint === fingerprint) continue;
      // The text was read after the last await; a document that moved on since is left for the next pass.
      if (doc.isClosed || doc.version !== p.version) continue;
      // The core already dropped what this document's suppression directives turn off.
      const findings = [...r.own, ...r.cross].sort(
        (x, y) => x.span.start - y.span.start || x.span.end - y.span.end || x.rule.localeCompare(y.rule),
      );
      const ownSet = new Set(r.own);
      const own = findings.filter((f) => ownSet.has(f)).length;
      const entries = findings.map((finding) => ({
        finding,
        diagnostic: toDiagnostic(
          DIAGNOSTIC_API,
          toPlainDiagnostic(finding, { lines: p.lines, linesOf: lines, uriOf: (d) => d, docsTarget: this.docsTarget }),
        ),
      }));
      this.collection.set(doc.uri, entries.map((e) => e.diagnostic));
      const ms = r.ownMs + r.crossMs;
      this.published.set(id, { uri: doc.uri, version: p.version, article: p.article, entries, partners: r.partners, ownFindings: own, ms, fingerprint });
      changed = true;
      const partnerText = r.partners.length
        ? `; ${findings.length - own} against ${r.partners.map((x) => `${shortName(x.article.id)}${x.manual ? " (chosen)" : ""}`).join(", ")}`
        : "";
      logs.push(`${shortName(id)} v${p.version} (${p.article.words} words): ${findings.length} findings (${own} in the article alone${partnerText}) in ${formatMs(ms)}`);
    }
    if (logs.length) {
      const total = now() - started;
      this.lastPass = { total, parse: parseMs, article: articleMs, pairing: pairingMs, compare: compareMs, documents: docs.length, pairs: pairs.length };
      for (const l of logs) this.output.info(l);
      this.output.info(
        `Pass over ${docs.length} document${docs.length === 1 ? "" : "s"}, ${pairs.length} pair${pairs.length === 1 ? "" : "s"}: ${formatMs(total)} ` +
          `(parse ${formatMs(parseMs)}, article rules ${formatMs(articleMs)}, pairing ${formatMs(pairingMs)}, comparison ${formatMs(compareMs)})`,
      );
    }
    if (changed) this.updated.fire();
  }

  /** Chosen pairs first; the rest of the open articles are paired by the core when comparison is on. */
  private choosePairs(parsed: Map<string, Parsed>, settings: EditorSettings): Pair[] {
    const pairs: Pair[] = [];
    const taken = new Set<string>();
    for (const pair of new Set(this.manual.values())) {
      const a = parsed.get(pair.a);
      const b = parsed.get(pair.b);
      if (!a || !b) continue;
      if (Number.isNaN(pair.similarity)) pair.similarity = safeSimilarity(a.article, b.article);
      pairs.push(pair);
      taken.add(pair.a);
      taken.add(pair.b);
    }
    const first = vscode.workspace.workspaceFolders?.[0]?.uri;
    const global = mergeConfig(first ? this.projects.forDocument(first) : undefined, settings);
    if (!global.compare) return pairs;
    const pool = [...parsed.entries()].filter(([id]) => !taken.has(id) && !this.unpaired.has(id));
    if (pool.length < 2) return pairs;
    const key = `${global.pairThreshold}\n${pool.map(([id, p]) => `${id}@${p.serial}`).join("\n")}`;
    if (this.pairingCache?.key !== key) {
      const auto = this.guard("Pairing versions", () => pairArticles(pool.map(([, p]) => p.article), global.pairThreshold));
      this.pairingCache = { key, pairs: auto };
    }
    for (const pair of this.pairingCache.pairs) if (!taken.has(pair.a) && !taken.has(pair.b)) pairs.push(pair);
    return pairs;
  }

  /** Runs one core call; a failure is logged and yields no findings, so the other documents still get theirs. */
  private guard<T>(what: string, f: () => T[]): T[] {
    try {
      return f();
    } catch (e) {
      this.output.error(`${what} failed`, e);
      return [];
    }
  }

  private skip(doc: vscode.TextDocument, reason: SkipReason): void {
    this.skipped.set(doc.uri.toString(), reason);
  }

  private clear(id: string): boolean {
    const p = this.published.get(id);
    if (!p) return false;
    this.collection.delete(p.uri);
    this.published.delete(id);
    return true;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.updated.dispose();
  }
}

function safeSimilarity(a: Article, b: Article): number {
  try {
    return similarity(a, b);
  } catch {
    return NaN;
  }
}
