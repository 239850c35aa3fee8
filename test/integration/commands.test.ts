// Commands, quick fixes and hovers in a real VS Code: Compare With… pairs documents whatever automatic pairing
// thinks (including a file that is not open yet), Stop Comparing unpairs, Review Active Article reports what it
// found, and the cross-version findings offer the diff editor and show the other version's sentence.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import {
  closeOpened, codeActionsAt, fixtureUri, formatAll, needsCore, hasRule, lacksRule, only, openArticle, ours, plain, rangeOf, setSetting, track, tuple, waitForBoth,
  waitForDiagnostics,
} from "./support";

const CLINIC_A = [
  "Clinic adds evening hours",
  "",
  "The walk-in clinic on Mill Road will stay open until eight on weekdays from April. Nurses volunteered for the extra shifts. Patients can book by phone or online.",
  "",
  "Parking behind the clinic remains free for two hours.",
  "",
].join("\n");

const CLINIC_B = [
  "Clinic adds evening hours",
  "",
  "The walk-in clinic on Mill Road will stay open until eight on weekdays from April. Nurses volunteered for the extra shifts. Patients can book by phone or online.",
  "",
  "A pharmacy counter will open inside the lobby next year.",
  "",
].join("\n");

const FERRY_A = "Ferry timetable\n\nThe ferry will make 9 crossings a day from May. Tickets go on sale next week.\n";
const FERRY_B = "Ferry timetable\n\nThe ferry will make 11 crossings a day from May. Tickets go on sale next week.\n";

interface Summary {
  uri: string;
  findings: number;
  pairedWith: string[];
  ms: number;
  status: string;
}

const relatedTo = (uri: vscode.Uri) => (ds: vscode.Diagnostic[]): boolean =>
  ds.some((d) => d.relatedInformation?.some((r) => r.location.uri.toString() === uri.toString()));
const noRelated = (ds: vscode.Diagnostic[]): boolean => ds.every((d) => !d.relatedInformation?.length);

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : "value" in c ? c.value : ""))).join("\n");
}

describe("commands", () => {
  afterEach(async () => {
    await setSetting("compare.enabled", undefined);
    await closeOpened();
  });

  it("Compare With pairs two documents automatic pairing left apart; Stop Comparing unpairs them", async () => {
    await setSetting("compare.enabled", false);
    const a = await openArticle(CLINIC_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(CLINIC_B, "plaintext", vscode.ViewColumn.Two);
    const summary = await vscode.commands.executeCommand<Summary>("copydesk.compareWith", a.uri, b.uri);
    assert.deepEqual(summary.pairedWith, [a.uri.toString()]);
    const [da, db] = await waitForBoth(a.uri, hasRule("removed-content"), b.uri, hasRule("added-content"), "the chosen pair's findings");
    assert.deepEqual(plain(only(da, "removed-content")).related, [{ uri: b.uri.toString(), range: rangeOf(b, "Patients can book by phone or online.") }]);
    assert.deepEqual(plain(only(db, "added-content")), {
      rule: "added-content", severity: "information", source: "copydesk",
      range: rangeOf(b, "A pharmacy counter will open inside the lobby next year."),
      docs: "docs/rules/added-content.md",
      related: [{ uri: a.uri.toString(), range: rangeOf(a, "Patients can book by phone or online.") }],
    });
    assert.equal(summary.findings, db.length);

    await vscode.window.showTextDocument(b);
    const stopped = await vscode.commands.executeCommand<Summary>("copydesk.stopComparing");
    assert.deepEqual(stopped.pairedWith, []);
    await waitForBoth(a.uri, lacksRule("removed-content"), b.uri, lacksRule("added-content"), "the pair's findings gone");
  });

  it("Review Active Article reviews the active editor at once and says what it found", async () => {
    const a = await openArticle(CLINIC_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(CLINIC_B, "plaintext", vscode.ViewColumn.Two);
    await vscode.window.showTextDocument(b);
    const summary = await vscode.commands.executeCommand<Summary>("copydesk.reviewActiveArticle");
    assert.equal(summary.uri, b.uri.toString());
    assert.deepEqual(summary.pairedWith, [a.uri.toString()]);
    assert.equal(summary.findings, ours(b.uri).length, formatAll(ours(b.uri)));
    assert.ok(hasRule("added-content")(ours(b.uri)), formatAll(ours(b.uri)));
    const n = summary.findings;
    assert.equal(summary.status, `Copydesk: ${n} finding${n === 1 ? "" : "s"} · paired with ${a.uri.path.split("/").pop()}`);
    console.log(`      checked in ${summary.ms.toFixed(1)} ms`);
  });

  it("Show Output runs", async () => {
    assert.equal(await vscode.commands.executeCommand("copydesk.showOutput"), undefined);
  });
});

describe("quick fixes and hovers", () => {
  afterEach(closeOpened);

  it("offers 'Open both versions side by side', which opens the diff editor on the pair", async () => {
    await setSetting("compare.enabled", false);
    try {
      const a = await openArticle(CLINIC_A, "plaintext", vscode.ViewColumn.One);
      const b = await openArticle(CLINIC_B, "plaintext", vscode.ViewColumn.Two);
      await vscode.commands.executeCommand("copydesk.compareWith", a.uri, b.uri);
      const db = await waitForDiagnostics(b.uri, hasRule("added-content"), "added-content");
      const added = only(db, "added-content");
      const actions = await codeActionsAt(b.uri, added.range, (xs) => xs.some((x) => x.title === "Open both versions side by side"));
      const side = actions.find((x) => x.title === "Open both versions side by side");
      assert.ok(side?.command, `no side-by-side action among: ${actions.map((x) => x.title).join(", ")}`);
      // VS Code hands API commands back under their internal id.
      assert.ok(["vscode.diff", "_workbench.diff"].includes(side.command.command), side.command.command);
      assert.deepEqual(side.command.arguments!.slice(0, 2).map(String), [a.uri.toString(), b.uri.toString()]);
      await vscode.commands.executeCommand(side.command.command, ...side.command.arguments!);
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      assert.ok(input instanceof vscode.TabInputTextDiff, "the active tab is not a diff editor");
      assert.equal(input.original.toString(), a.uri.toString());
      assert.equal(input.modified.toString(), b.uri.toString());
    } finally {
      await setSetting("compare.enabled", undefined);
    }
  });

  it("hovering a one-version passage names the other version", async () => {
    const a = await openArticle(CLINIC_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(CLINIC_B, "plaintext", vscode.ViewColumn.Two);
    void a;
    const added = only(await waitForDiagnostics(b.uri, hasRule("added-content"), "added-content"), "added-content");
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", b.uri, added.range.start.translate(0, 3));
    assert.match(hoverText(hovers), /Copydesk\*\* · added-content: not in /);
  });

  it("hovering a changed number shows the other version's sentence with the number marked", async function () {
    needsCore(this, "changed-number", [{ source: FERRY_A }, { source: FERRY_B }]);
    const a = await openArticle(FERRY_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(FERRY_B, "plaintext", vscode.ViewColumn.Two);
    void a;
    const d = only(await waitForDiagnostics(b.uri, hasRule("changed-number"), "changed-number"), "changed-number");
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", b.uri, d.range.start);
    const text = hoverText(hovers);
    assert.match(text, /> The ferry will make \*\*9\*\* crossings a day from May\\\./);
    assert.match(text, /> The ferry will make \*\*11\*\* crossings a day from May\\\./);
  });

  it("'Use the other version's wording' applies the core's fix and the finding goes from both", async function () {
    needsCore(this, "changed-number", [{ source: FERRY_A }, { source: FERRY_B }], (f) => f.docId === "doc1" && !!f.fixes?.length);
    const a = await openArticle(FERRY_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(FERRY_B, "plaintext", vscode.ViewColumn.Two);
    const d = only(await waitForDiagnostics(b.uri, hasRule("changed-number"), "changed-number"), "changed-number");
    const actions = await codeActionsAt(b.uri, d.range, (xs) => xs.some((x) => /other version/i.test(x.title) && !!x.edit));
    const fix = actions.find((x) => /other version/i.test(x.title) && x.edit);
    assert.ok(fix?.edit, `no fix among: ${actions.map((x) => x.title).join(", ")}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(b.getText(), a.getText());
    await waitForBoth(a.uri, lacksRule("changed-number"), b.uri, lacksRule("changed-number"), "the finding gone from both");
  });
});

describe("suppression quick fixes", () => {
  afterEach(closeOpened);

  const FERRY_LONE = "Ferry fares to rise\n\nFares on the island ferry will rise by a fifth in spring.\n\nThe Daily Ledger reported.\n";
  const FERRY_SEE_ALSO = "# Ferry fares to rise\n\nFares on the island ferry will rise by a fifth in spring, the operator said on Monday.\n\nSee also Ten best walks along the island coast\n";

  it("'Suppress for this sentence' writes the plain-text directive above the sentence and the finding goes", async function () {
    needsCore(this, "detached-attribution", [{ source: FERRY_LONE }]);
    const doc = await openArticle(FERRY_LONE);
    const d = only(await waitForDiagnostics(doc.uri, hasRule("detached-attribution"), "detached-attribution"), "detached-attribution");
    const actions = await codeActionsAt(doc.uri, d.range, (xs) => xs.some((x) => x.title === "Suppress detached-attribution for this sentence"));
    const titles = actions.map((x) => x.title);
    const sentence = actions.find((x) => x.title === "Suppress detached-attribution for this sentence");
    assert.ok(sentence?.edit, `no sentence suppression among: ${titles.join(", ")}`);
    assert.ok(titles.includes("Suppress detached-attribution for this article"), titles.join(", "));
    assert.ok(titles.indexOf("Suppress detached-attribution for this sentence") > titles.length - 3, `suppressions should come last: ${titles.join(", ")}`);
    assert.ok(await vscode.workspace.applyEdit(sentence.edit));
    assert.equal(doc.getText(), FERRY_LONE.replace("The Daily Ledger reported.", "[copydesk-disable-next detached-attribution]\nThe Daily Ledger reported."));
    await waitForDiagnostics(doc.uri, lacksRule("detached-attribution"), "the suppressed finding to go");
  });

  it("'Suppress for this article' writes a Markdown comment at the top and the finding goes", async function () {
    needsCore(this, "boilerplate", [{ source: FERRY_SEE_ALSO, kind: "markdown" }]);
    const doc = await openArticle(FERRY_SEE_ALSO, "markdown");
    const d = only(await waitForDiagnostics(doc.uri, hasRule("boilerplate"), "boilerplate"), "boilerplate");
    const actions = await codeActionsAt(doc.uri, d.range, (xs) => xs.some((x) => x.title === "Suppress boilerplate for this article"));
    const article = actions.find((x) => x.title === "Suppress boilerplate for this article");
    assert.ok(article?.edit, `no article suppression among: ${actions.map((x) => x.title).join(", ")}`);
    assert.ok(await vscode.workspace.applyEdit(article.edit));
    assert.equal(doc.getText(), `<!-- copydesk-disable-file boilerplate -->\n${FERRY_SEE_ALSO}`);
    await waitForDiagnostics(doc.uri, lacksRule("boilerplate"), "the suppressed finding to go");
  });
});

// Last: the file this opens may stay loaded after its editor closes, and it is a version of the clinic story.
describe("Compare With a file", () => {
  afterEach(closeOpened);

  it("Compare With overrides automatic pairing and opens a file chosen as the other version", async () => {
    const a = await openArticle(CLINIC_A, "plaintext", vscode.ViewColumn.One);
    const b = await openArticle(CLINIC_B, "plaintext", vscode.ViewColumn.Two);
    await waitForBoth(a.uri, relatedTo(b.uri), b.uri, relatedTo(a.uri), "automatic pairing");

    const original = fixtureUri("integration/clinic-original.md");
    const summary = await vscode.commands.executeCommand<Summary>("copydesk.compareWith", original, b.uri);
    const originalDoc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === original.toString());
    assert.ok(originalDoc, "Compare With did not open the chosen file");
    track(originalDoc);
    assert.deepEqual(summary.pairedWith, [original.toString()]);

    const [dOriginal, db] = await waitForBoth(
      original, relatedTo(b.uri),
      b.uri, (ds) => relatedTo(original)(ds) && !relatedTo(a.uri)(ds),
      "the revision paired with the chosen file instead",
    );
    assert.deepEqual(plain(only(db, "added-content")), {
      rule: "added-content", severity: "information", source: "copydesk",
      range: [4, 0, 4, 56],
      docs: "docs/rules/added-content.md",
      related: [{ uri: original.toString(), range: [2, 124, 2, 161] }],
    });
    assert.deepEqual(plain(only(dOriginal, "removed-content")), {
      rule: "removed-content", severity: "information", source: "copydesk",
      range: [4, 0, 4, 58],
      docs: "docs/rules/removed-content.md",
      related: [{ uri: b.uri.toString(), range: [2, 124, 2, 161] }],
    });
    assert.equal(originalDoc.getText(only(dOriginal, "removed-content").range), "Evening appointments are meant mainly for working parents.");
    await waitForDiagnostics(a.uri, noRelated, "the displaced version to lose its pair");
  });
});
