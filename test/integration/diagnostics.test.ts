// Diagnostics in a real VS Code: two versions of one article open side by side are paired, and each finding
// appears on both with related information at the exact range in the other; edits in one version update
// both; closing a version clears what depended on it. Fails when activate() does nothing.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import {
  closeOpened, formatAll, hasRule, lacksRule, only, openArticle, ours, plain, rangeOf, replaceText, tuple, waitForBoth, waitForDiagnostics,
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
    assert.match(removed.relatedInformation![0].message, /^Where it would be in /);
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

  it("reports a changed number on both versions, each related to the other's number [waits on changed-number]", async () => {
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

  it("re-checks both versions when a number is edited [waits on changed-number]", async () => {
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

describe("diagnostics on one article", () => {
  afterEach(closeOpened);

  it("reports an attribution standing alone as detached-attribution [waits on detached-attribution]", async () => {
    const text = "Ferry fares to rise\n\nFares on the island ferry will rise by a fifth in spring.\n\nThe Daily Ledger reported.\n";
    const doc = await openArticle(text);
    const ds = await waitForDiagnostics(doc.uri, hasRule("detached-attribution"), "detached-attribution");
    const d = only(ds, "detached-attribution");
    assert.deepEqual({ ...plain(d), range: undefined }, {
      rule: "detached-attribution", severity: "warning", source: "copydesk", range: undefined, docs: "docs/rules/detached-attribution.md", related: [],
    });
    assert.ok(d.range.intersection(new vscode.Range(...rangeOf(doc, "The Daily Ledger reported."))), `range ${JSON.stringify(tuple(d.range))}`);
    assert.match(d.message, /Daily Ledger/);
  });

  it("reports a 'See also' line as boilerplate [waits on boilerplate]", async () => {
    const text = "Ferry fares to rise\n\nFares on the island ferry will rise by a fifth in spring, the operator said on Monday.\n\nSee also Ten best walks along the island coast\n";
    const doc = await openArticle(text);
    const ds = await waitForDiagnostics(doc.uri, hasRule("boilerplate"), "boilerplate");
    const d = only(ds, "boilerplate");
    assert.deepEqual(plain(d), {
      rule: "boilerplate", severity: "information", source: "copydesk", range: rangeOf(doc, "See also Ten best walks along the island coast"),
      docs: "docs/rules/boilerplate.md", related: [],
    });
  });
});
