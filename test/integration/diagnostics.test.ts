// Diagnostics in a real VS Code: two versions of one article open side by side are paired, and each finding
// appears on both with related information at the exact range in the other; edits in one version update
// both; closing a version clears what depended on it. Fails when activate() does nothing.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import {
  closeOpened, formatAll, needsCore, hasRule, lacksRule, only, openArticle, ours, plain, rangeOf, replaceText, tuple, waitForBoth, waitForDiagnostics,
} from "./support";

const BUSES_A = [
  "East side gets new buses",
  "",
  "The council approved 12 new buses on Tuesday. The vehicles will serve the eastern routes from March. Drivers welcomed the decision at the depot.",
  "",
  "Ticket prices stay frozen until the autumn review.",
  "",
].join("\n");

const BUSES_B = [
  "East side gets new buses",
  "",
  "The council approved 14 new buses on Tuesday. The vehicles will serve the eastern routes from March. Drivers welcomed the decision at the depot.",
  "",
  "The mayor will attend the first ride.",
  "",
].join("\n");

describe("diagnostics on two versions of one article", () => {
  afterEach(closeOpened);

  it("reports what one version dropped and the other added, on each, related to the exact range in the other", async () => {
    const a = await openArticle(BUSES_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(BUSES_B, "plaintext", vscode.ViewColumn.Two);
    const [da, db] = await waitForBoth(a.uri, hasRule("removed-content"), b.uri, hasRule("added-content"), "the one-version passages");

    const removed = only(da, "removed-content");
    assert.deepEqual(plain(removed), {
      rule: "removed-content",
      severity: "information",
      source: "copydesk",
      range: [4, 0, 4, 50],
      docs: "docs/rules/removed-content.md",
      related: [{ uri: b.uri.toString(), range: [2, 101, 2, 144] }],
    });
    assert.match(removed.message, /“Ticket prices stay frozen until the autumn review\.”/);
    assert.match(removed.relatedInformation![0].message, /^Where it would sit in the other version$/);
    assert.equal(removed.relatedInformation![0].location.range.isEqual(new vscode.Range(2, 101, 2, 144)), true);
    assert.equal(b.getText(removed.relatedInformation![0].location.range), "Drivers welcomed the decision at the depot.");

    const added = only(db, "added-content");
    assert.deepEqual(plain(added), {
      rule: "added-content",
      severity: "information",
      source: "copydesk",
      range: [4, 0, 4, 37],
      docs: "docs/rules/added-content.md",
      related: [{ uri: a.uri.toString(), range: [2, 101, 2, 144] }],
    });
    assert.match(added.message, /“The mayor will attend the first ride\.”/);
    const target = (added.code as { target: vscode.Uri }).target;
    assert.ok(target.path.endsWith("/docs/rules/added-content.md"), target.toString());
  });

  it("reports a changed number on both versions, each related to the other's number", async function () {
    needsCore(this, "changed-number", [{ source: BUSES_A }, { source: BUSES_B }]);
    const a = await openArticle(BUSES_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(BUSES_B, "plaintext", vscode.ViewColumn.Two);
    const [da, db] = await waitForBoth(a.uri, hasRule("changed-number"), b.uri, hasRule("changed-number"), "changed-number");
    const na = only(da, "changed-number");
    const nb = only(db, "changed-number");
    assert.equal(na.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(nb.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(na.range.contains(new vscode.Range(...rangeOf(a, "12"))), `A's range ${JSON.stringify(tuple(na.range))} misses "12"`);
    assert.ok(nb.range.contains(new vscode.Range(...rangeOf(b, "14"))), `B's range ${JSON.stringify(tuple(nb.range))} misses "14"`);
    assert.deepEqual(plain(na).related, [{ uri: b.uri.toString(), range: tuple(nb.range) }]);
    assert.deepEqual(plain(nb).related, [{ uri: a.uri.toString(), range: tuple(na.range) }]);
    assert.equal(plain(na).docs, "docs/rules/changed-number.md");
    assert.match(na.message, /12/);
    assert.match(na.message, /14/);
  });

  it("re-checks the other version when one is edited: its related ranges follow the edit", async () => {
    const a = await openArticle(BUSES_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(BUSES_B, "plaintext", vscode.ViewColumn.Two);
    await waitForBoth(a.uri, hasRule("removed-content"), b.uri, hasRule("added-content"), "the first review");

    await replaceText(b, "The vehicles will", "The new electric vehicles will");
    const moved: [number, number, number, number] = [2, 114, 2, 157];
    const da = await waitForDiagnostics(
      a.uri,
      (ds) => ds.some((d) => plain(d).rule === "removed-content" && JSON.stringify(plain(d).related[0]?.range) === JSON.stringify(moved)),
      "the unedited version's related range to move with the edit in the other",
    );
    const removed = only(da, "removed-content");
    assert.equal(b.getText(removed.relatedInformation![0].location.range), "Drivers welcomed the decision at the depot.");
    assert.deepEqual(plain(only(ours(b.uri), "added-content")).range, [4, 0, 4, 37]);
  });

  it("re-checks both versions when a number is edited", async function () {
    needsCore(this, "changed-number", [{ source: BUSES_A }, { source: BUSES_B.replace("14 new", "160 new") }]);
    const a = await openArticle(BUSES_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(BUSES_B, "plaintext", vscode.ViewColumn.Two);
    await waitForBoth(a.uri, hasRule("changed-number"), b.uri, hasRule("changed-number"), "the first review");
    await replaceText(b, "14 new", "160 new");
    const mentions160 = (ds: vscode.Diagnostic[]): boolean => ds.some((d) => plain(d).rule === "changed-number" && /160/.test(d.message));
    const [da, db] = await waitForBoth(a.uri, mentions160, b.uri, mentions160, "the new number on both versions");
    const na = only(da, "changed-number");
    const nb = only(db, "changed-number");
    assert.ok(nb.range.contains(new vscode.Range(...rangeOf(b, "160"))));
    assert.deepEqual(plain(na).related, [{ uri: b.uri.toString(), range: tuple(nb.range) }]);
  });

  it("after a burst of edits publishes for the final text only", async () => {
    const a = await openArticle(BUSES_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(BUSES_B, "plaintext", vscode.ViewColumn.Two);
    await waitForBoth(a.uri, hasRule("removed-content"), b.uri, hasRule("added-content"), "the first review");
    await replaceText(b, "The mayor will", "The mayor and her deputy will");
    await replaceText(b, "the first ride.", "the first ride on Monday.");
    await replaceText(b, "The mayor and her deputy", "Two harbour pilots");
    const final = "Two harbour pilots will attend the first ride on Monday.";
    const db = await waitForDiagnostics(b.uri, (ds) => ds.some((d) => plain(d).rule === "added-content" && d.message.includes(final)), "the final sentence");
    const added = only(db, "added-content");
    assert.deepEqual(plain(added).range, rangeOf(b, final));
    assert.equal(b.getText(added.range), final);
  });

  it("clears a closed version's diagnostics and the cross-version findings it caused on the other", async () => {
    const a = await openArticle(BUSES_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(BUSES_B, "plaintext", vscode.ViewColumn.Two);
    await waitForBoth(a.uri, hasRule("removed-content"), b.uri, hasRule("added-content"), "the first review");
    const bUri = b.uri;
    const cleared = waitForDiagnostics(bUri, (ds) => ds.length === 0, "the closed document's diagnostics to clear");
    await vscode.window.showTextDocument(b);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    await cleared;
    assert.deepEqual(vscode.languages.getDiagnostics(bUri), [], formatAll(vscode.languages.getDiagnostics(bUri)));
    const da = await waitForDiagnostics(a.uri, lacksRule("removed-content"), "the remaining version to lose its cross-version findings");
    assert.ok(da.every((d) => !d.relatedInformation?.length), formatAll(da));

    // A new untitled draft may take the closed one's name and version number; nothing of the old one may stick.
    const c = await openArticle(BUSES_B.replace("on Tuesday.", "on Tuesday evening."), "plaintext", vscode.ViewColumn.Two);
    const moved: [number, number, number, number] = [2, 109, 2, 152];
    const again = await waitForDiagnostics(
      a.uri,
      (ds) => ds.some((d) => plain(d).rule === "removed-content" && JSON.stringify(plain(d).related) === JSON.stringify([{ uri: c.uri.toString(), range: moved }])),
      "the remaining version paired with the new draft",
    );
    assert.equal(c.getText(only(again, "removed-content").relatedInformation![0].location.range), "Drivers welcomed the decision at the depot.");
  });

  it("maps Markdown findings onto the source text, markup included", async () => {
    const a = await openArticle(`# ${BUSES_A.replace("stay frozen", "stay *frozen*")}`, "markdown", vscode.ViewColumn.One);
    const b = await openArticle(`# ${BUSES_B.replace("The mayor", "The **mayor**")}`, "markdown", vscode.ViewColumn.Two);
    const [da, db] = await waitForBoth(a.uri, hasRule("removed-content"), b.uri, hasRule("added-content"), "the one-version passages");
    const removed = only(da, "removed-content");
    assert.equal(a.getText(removed.range), "Ticket prices stay *frozen* until the autumn review.");
    const added = only(db, "added-content");
    assert.equal(b.getText(added.range), "The **mayor** will attend the first ride.");
    assert.deepEqual(plain(added).related, [{ uri: a.uri.toString(), range: rangeOf(a, "Drivers welcomed the decision at the depot.") }]);
  });
});

/** A long article of distinct sentences, about 3,000 words, and a copy with a few numbers changed. */
function longArticle(changed: boolean): string {
  const towns = ["Ashford", "Brill", "Carlow", "Dunmore", "Elgin", "Fenwick", "Garth", "Holt", "Ivel", "Jarrow"];
  const things = ["bridges", "schools", "clinics", "libraries", "depots", "parks", "wells", "halls", "ferries", "markets"];
  const paras: string[] = ["Region reviews its spending"];
  for (let p = 0; p < 60; p++) {
    const town = towns[p % 10];
    const thing = things[(p * 3) % 10];
    const n = changed && p % 15 === 7 ? 40 + p : 20 + p;
    paras.push(
      `In ${town}, the district repaired ${n} ${thing} during the ${p + 1}th quarter of the plan. ` +
        `Engineers from the ${town} works office inspected each site twice before the winter. ` +
        `The regional board will publish the full ${thing} ledger for ${town} after the audit in week ${p + 2}. ` +
        `Residents of ${town} can read the notes at the town hall on ${["Mondays", "Tuesdays", "Fridays"][p % 3]}.`,
    );
  }
  return paras.join("\n\n") + "\n";
}

interface Summary {
  ms: number;
  pairedWith: string[];
  findings: number;
  pass?: { total: number; parse: number; article: number; pairing: number; compare: number; documents: number; pairs: number };
}

function describePass(p: Summary["pass"]): string {
  if (!p) return "no pass timings";
  return `pass over ${p.documents} documents, ${p.pairs} pairs: ${p.total.toFixed(1)} ms (parse ${p.parse.toFixed(1)}, article rules ${p.article.toFixed(1)}, pairing ${p.pairing.toFixed(1)}, comparison ${p.compare.toFixed(1)})`;
}

describe("time budget", () => {
  afterEach(closeOpened);

  it("checks a 3,000-word pair fast enough to run while typing", async () => {
    const a = await openArticle(longArticle(false), "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(longArticle(true), "plaintext", vscode.ViewColumn.Two);
    const words = a.getText().split(/\s+/).length;
    const summary = await vscode.commands.executeCommand<Summary>("copydesk.reviewActiveArticle", b.uri);
    const open = vscode.workspace.textDocuments.map((d) => `${d.uri.toString()} (${d.languageId}, ${d.getText().length} chars)`).join("\n  ");
    assert.deepEqual(summary.pairedWith, [a.uri.toString()], `open documents:\n  ${open}`);
    console.log(`      ${words} words a version: ${summary.findings} findings; first check of the pair ${summary.ms.toFixed(1)} ms; ${describePass(summary.pass)}`);
    const before = JSON.stringify(ours(b.uri).map(plain));
    const t0 = Date.now();
    await replaceText(b, "Region reviews its spending\n", "Region reviews its spending\n\nA paragraph added while the time was measured.\n");
    await waitForDiagnostics(b.uri, (ds) => JSON.stringify(ds.map(plain)) !== before, "the re-check after the edit");
    const elapsed = Date.now() - t0;
    const after = await vscode.commands.executeCommand<Summary>("copydesk.reviewActiveArticle", b.uri);
    console.log(`      after an edit: the edited version's checks ${after.ms.toFixed(1)} ms; ${describePass(after.pass)}; keystroke to new diagnostics ${elapsed} ms, 300 ms debounce included`);
    assert.ok(summary.ms < 3000, `a check took ${summary.ms} ms`);
  });
});

describe("diagnostics on one article", () => {
  afterEach(closeOpened);

  it("reports an attribution standing alone as detached-attribution", async function () {
    const text = "Ferry fares to rise\n\nFares on the island ferry will rise by a fifth in spring.\n\nThe Daily Ledger reported.\n";
    needsCore(this, "detached-attribution", [{ source: text }]);
    const doc = await openArticle(text);
    const ds = await waitForDiagnostics(doc.uri, hasRule("detached-attribution"), "detached-attribution");
    const d = only(ds, "detached-attribution");
    assert.deepEqual({ ...plain(d), range: undefined }, {
      rule: "detached-attribution", severity: "warning", source: "copydesk", range: undefined, docs: "docs/rules/detached-attribution.md", related: [],
    });
    assert.ok(d.range.intersection(new vscode.Range(...rangeOf(doc, "The Daily Ledger reported."))), `range ${JSON.stringify(tuple(d.range))}`);
    assert.match(d.message, /Daily Ledger/);
  });

  it("reports a 'See also' line as boilerplate", async function () {
    const text = "Ferry fares to rise\n\nFares on the island ferry will rise by a fifth in spring, the operator said on Monday.\n\nSee also Ten best walks along the island coast\n";
    needsCore(this, "boilerplate", [{ source: text }]);
    const doc = await openArticle(text);
    const ds = await waitForDiagnostics(doc.uri, hasRule("boilerplate"), "boilerplate");
    const d = only(ds, "boilerplate");
    assert.deepEqual(plain(d), {
      rule: "boilerplate", severity: "information", source: "copydesk", range: rangeOf(doc, "See also Ten best walks along the island coast"),
      docs: "docs/rules/boilerplate.md", related: [],
    });
  });
});
