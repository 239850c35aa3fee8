// Reads the project file (.copydesk.json at the root of each workspace folder) through vscode.workspace.fs,
// so it works in virtual and web workspaces too, and re-reads it when it changes.
// Must never throw or block a review: a missing file means defaults, a broken one is reported and ignored.

import * as vscode from "vscode";
import { parseConfig, type Config } from "../core";
import { PROJECT_CONFIG_FILE } from "./constants";
import type { Output } from "./output";

export class ProjectConfigs implements vscode.Disposable {
  private readonly configs = new Map<string, Config>();
  private readonly watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a project file was created, changed or deleted and has been read again. */
  readonly onDidChange = this.changed.event;
  /** Settles once every workspace folder's file has been read the first time. */
  ready: Promise<void>;

  constructor(private readonly output: Output) {
    this.ready = this.loadAll();
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.ready = this.loadAll().then(() => this.changed.fire());
      }),
      // Watchers depend on the file system provider; a save in the editor is caught either way.
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (isProjectFile(doc.uri)) void this.reloadFor(doc.uri);
      }),
    );
  }

  /** The project's settings for a document: its workspace folder's file, or the first folder's for untitled ones. */
  forDocument(uri: vscode.Uri): Config | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? this.configs.get(folder.uri.toString()) : undefined;
  }

  private async loadAll(): Promise<void> {
    for (const w of this.watchers.splice(0)) w.dispose();
    this.configs.clear();
    const folders = vscode.workspace.workspaceFolders ?? [];
    await Promise.all(folders.map((f) => this.load(f)));
    for (const folder of folders) {
      try {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, PROJECT_CONFIG_FILE));
        const reload = (): void => void this.load(folder).then(() => this.changed.fire());
        watcher.onDidCreate(reload);
        watcher.onDidChange(reload);
        watcher.onDidDelete(reload);
        this.watchers.push(watcher);
      } catch (e) {
        this.output.error(`Could not watch ${PROJECT_CONFIG_FILE} in ${folder.name}`, e);
      }
    }
  }

  private async reloadFor(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && vscode.Uri.joinPath(folder.uri, PROJECT_CONFIG_FILE).toString() === uri.toString()) {
      await this.load(folder);
      this.changed.fire();
    }
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const file = vscode.Uri.joinPath(folder.uri, PROJECT_CONFIG_FILE);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === "FileNotFound")) this.output.error(`Could not read ${file.toString(true)}`, e);
      else if (this.configs.has(key)) this.output.info(`${PROJECT_CONFIG_FILE} removed from ${folder.name}; using settings and defaults`);
      this.configs.delete(key);
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (e) {
      this.output.warn(`${file.toString(true)} is not valid JSON, so it is ignored: ${e instanceof Error ? e.message : String(e)}`);
      this.configs.delete(key);
      return;
    }
    const { config, problems } = parseConfig(raw);
    for (const p of problems) this.output.warn(`${file.toString(true)}: ${p}`);
    this.configs.set(key, config);
    this.output.info(`Read ${file.toString(true)}: ${describe(config)}`);
  }

  dispose(): void {
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}

function isProjectFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${PROJECT_CONFIG_FILE}`);
}

function describe(config: Config): string {
  const rules = Object.entries(config.rules).map(([id, level]) => `${id}=${level}`);
  const parts = [
    rules.length ? `rules ${rules.join(", ")}` : "",
    config.trustedSources.length ? `${config.trustedSources.length} trusted sources` : "",
    config.extraCues.length ? `${config.extraCues.length} extra cues` : "",
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : "no overrides";
}
