// The prose view of Markdown, HTML and plaintext: what is kept, what is dropped, and the exact source map.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildView, decodeEntityAt } from "../../src/core/markup";
import { countWords, parseArticle } from "../../src/core/article";
import type { ProseView } from "../../src/core/article";
import type { ArticleKind } from "../../src/core/types";

const view = (source: string, kind: ArticleKind): string => buildView(source, kind).text;
const kinds = (source: string, kind: ArticleKind): string[] => {
  const v = buildView(source, kind);
  return (v.blocks ?? []).map((b) => `${b.kind}${b.origin ? `/${b.origin}` : ""}: ${v.text.slice(b.start, b.end)}`);
};
/** Source text behind a view substring (its first occurrence). */
function behind(v: ProseView, source: string, needle: string): string {
  const i = v.text.indexOf(needle);
  assert.ok(i >= 0, `view contains ${needle}`);
  assert.ok(v.srcStart && v.srcEnd);
  return source.slice(v.srcStart[i], v.srcEnd[i + needle.length - 1]);
}
/** Every view character maps into the source, in order. */
function assertMonotonic(v: ProseView, source: string): void {
  if (!v.srcStart || !v.srcEnd) return;
  assert.equal(v.srcStart.length, v.text.length);
  let last = 0;
  for (let i = 0; i < v.text.length; i++) {
    assert.ok(v.srcStart[i] >= last && v.srcEnd[i] >= v.srcStart[i] && v.srcEnd[i] <= source.length, `map at ${i}`);
    last = v.srcStart[i];
  }
}

test("plaintext: identity view, directive lines blanked to spaces", () => {
  const src = "Officials said so.\n[copydesk-disable-next vague-source]\nSome say otherwise.\n";
  const v = buildView(src, "plaintext");
  assert.equal(v.srcStart, undefined);
  assert.equal(v.text.length, src.length);
  assert.equal(v.text, "Officials said so.\n" + " ".repeat(36) + "\nSome say otherwise.\n");
  assert.deepEqual(parseArticle("t", src).sentences.map((s) => s.text), ["Officials said so.", "Some say otherwise."]);
  assert.equal(buildView("No directives here.", "plaintext").text, "No directives here.");
});

test("Markdown: front matter (YAML and TOML) is dropped; an unclosed '---' is only a rule", () => {
  assert.equal(view("---\ntitle: X\ndate: 2024-01-01\n---\nBody text.", "markdown"), "Body text.");
  assert.equal(view("+++\ntitle = 'X'\n+++\n\nBody text.", "markdown"), "Body text.");
  assert.equal(view("\uFEFF---\ntitle: X\n...\nBody.", "markdown"), "Body.");
  assert.equal(view("---\nBody text without end.", "markdown"), "Body text without end.");
});

test("Markdown: fenced and indented code are dropped; an unclosed fence runs to the end", () => {
  assert.equal(view("Before.\n\n```js\nconst a = 1. Mr. X.\n```\n\nAfter.", "markdown"), "Before.\nAfter.");
  assert.equal(view("Before.\n~~~~\ncode\n~~~\nstill code\n~~~~\nAfter.", "markdown"), "Before.\nAfter.");
  assert.equal(view("Before.\n\n    indented code\n    more\n\nAfter.", "markdown"), "Before.\nAfter.");
  assert.equal(view("A paragraph line\n    continues when indented.", "markdown"), "A paragraph line\ncontinues when indented.");
  assert.equal(view("Before.\n\n```\nnever closed\n\nStill code.", "markdown"), "Before.");
  assert.equal(view("Use `npm install` here and ``a ` b`` there, but ` alone stays.", "markdown"), "Use here and there, but ` alone stays.");
});

test("Markdown: comments, raw HTML tags and HTML blocks", () => {
  assert.equal(view("Text <!-- hidden --> more.\n\n<!-- copydesk-disable-next vague-source -->\nNext.", "markdown"), "Text more.\nNext.");
  assert.equal(view("Start <!-- a\nmulti-line\ncomment --> end.", "markdown"), "Start end.");
  assert.equal(view("<!--\nblock comment\n-->\n\nAfter.", "markdown"), "After.");
  assert.equal(view('A <span class="x">styled</span> word and a < b.', "markdown"), "A styled word and a < b.");
  assert.deepEqual(kinds('<div class="note">\n<p>Inside <b>HTML</b>.</p>\n</div>\n\nAfter.', "markdown"), ["paragraph: Inside HTML.", "paragraph: After."]);
  assert.equal(view("<script>\nvar a = 'x. Y.';\n</script>\n\nAfter.", "markdown"), "After.");
});

test("Markdown: link text kept, targets dropped; images dropped; reference definitions dropped", () => {
  assert.equal(view('See [the report](https://x.org/a_(b) "Title") now.', "markdown"), "See the report now.");
  assert.equal(view("A [nested [bracket] text](u) here.", "markdown"), "A nested [bracket] text here.");
  assert.equal(view("A [full][r1], a [collapsed][] and a [shortcut].\n\n[r1]: https://x.org\n[collapsed]: /c\n[shortcut]: /s 'T'", "markdown"), "A full, a collapsed and a shortcut.");
  assert.equal(view("An [undefined] label stays.", "markdown"), "An [undefined] label stays.");
  assert.equal(view("Image ![alt text](pic.png \"t\") and ![ref][r] gone.\n\n[r]: pic.png", "markdown"), "Image and gone.");
  assert.equal(view("Visit <https://example.org/x> or <news@example.org>.", "markdown"), "Visit https://example.org/x or news@example.org.");
  assert.equal(view("A claim.[^1] Another.[^note]\n\n[^1]: The source, 2023.", "markdown"), "A claim. Another.\nThe source, 2023.");
});

test("Markdown: headings, lists, block quotes and their kinds", () => {
  assert.deepEqual(kinds("# Title #\n\nSetext one\n===\n\nSetext two\n---\n\n## Sub", "markdown"), [
    "heading: Title", "heading: Setext one", "heading: Setext two", "heading: Sub",
  ]);
  assert.deepEqual(kinds("- one\n* two\n+ three\n1. four\n2) five\n- [ ] task\n  - nested", "markdown"), [
    "list-item: one", "list-item: two", "list-item: three", "list-item: four", "list-item: five", "list-item: task", "list-item: nested",
  ]);
  assert.deepEqual(kinds("- item one\n  wraps here\n\n  second paragraph of item\n\nOutside.", "markdown"), [
    "list-item: item one\nwraps here", "list-item: second paragraph of item", "paragraph: Outside.",
  ]);
  assert.deepEqual(kinds("> Quoted line\nlazy continuation\n>\n> > nested quote\n\nAfter.", "markdown"), [
    "blockquote: Quoted line\nlazy continuation", "blockquote: nested quote", "paragraph: After.",
  ]);
  // An ordered marker other than 1 does not interrupt a paragraph: a wrapped line may start with a year.
  assert.deepEqual(kinds("The plan was approved in\n2024. It starts soon.", "markdown"), ["paragraph: The plan was approved in\n2024. It starts soon."]);
  assert.deepEqual(kinds("Text\n***\nMore", "markdown"), ["paragraph: Text", "paragraph: More"]);
});

test("Markdown: emphasis markers go, literal stars and underscores stay; escapes and entities decode", () => {
  assert.equal(view("*a* **b** _c_ __d__ ***e*** ~~f~~ snake_case_name 5 * 3 ~20", "markdown"), "a b c d e f snake_case_name 5 * 3 ~20");
  assert.equal(view("Escaped \\*stars\\* and \\[brackets\\] &copy; &#169; &#xA9; AT&T", "markdown"), "Escaped *stars* and [brackets] © © © AT&T");
  assert.equal(view("Hard break  \nnext and\\\nafter", "markdown"), "Hard break\nnext and\nafter");
  const src = "Say \\*hi\\* &amp; **go**.";
  const v = buildView(src, "markdown");
  assert.equal(v.text, "Say *hi* & go.");
  assert.equal(behind(v, src, "*hi*"), "\\*hi\\*");
  assert.equal(behind(v, src, "&"), "&amp;");
  assert.equal(behind(v, src, "go."), "go**.");
  assertMonotonic(v, src);
});

test("Markdown: table cells are blocks of their own, the delimiter row is not prose", () => {
  assert.deepEqual(kinds("Intro.\n\n| City | Cost `a|b` |\n|:---|---:|\n| Westfield | $4 million |\n| | empty |\n\nAfter.", "markdown"), [
    "paragraph: Intro.",
    "paragraph/table-cell: City", "paragraph/table-cell: Cost",
    "paragraph/table-cell: Westfield", "paragraph/table-cell: $4 million",
    "paragraph/table-cell: empty",
    "paragraph: After.",
  ]);
});

test("Markdown with CRLF: the view uses LF between lines, the map covers CR LF", () => {
  const src = "# Title\r\n\r\nLine one\r\nline two.\r\n";
  const v = buildView(src, "markdown");
  assert.equal(v.text, "Title\nLine one\nline two.");
  assert.equal(behind(v, src, "one\nline"), "one\r\nline");
  assertMonotonic(v, src);
});

test("Markdown: non-BMP characters keep both UTF-16 units mapped to their own source units", () => {
  const src = "**Boat 🚢 trip** &#x1F6A2;\r\nnext `x` 𝐀.";
  const v = buildView(src, "markdown");
  assert.equal(v.text, "Boat 🚢 trip 🚢\nnext 𝐀.");
  assert.equal(behind(v, src, "Boat 🚢 trip"), "Boat 🚢 trip");
  const i = v.text.indexOf("🚢");
  assert.ok(v.srcStart && v.srcEnd);
  assert.deepEqual([v.srcStart[i], v.srcEnd[i + 1]], [src.indexOf("🚢"), src.indexOf("🚢") + 2]);
  assert.equal(behind(v, src, "trip 🚢"), "trip** &#x1F6A2;");
  assert.equal(behind(v, src, "𝐀."), "𝐀.");
  assertMonotonic(v, src);
  const a = parseArticle("e.md", src, "markdown");
  const span = a.toSource(a.sentences[0]);
  assert.equal(src.slice(span.start, span.end), "Boat 🚢 trip** &#x1F6A2;\r\nnext `x` 𝐀.");
});

test("HTML: block elements and their kinds", () => {
  assert.deepEqual(
    kinds(
      "<h1>Head</h1><h6>Small head</h6><p>Para <b>bold</b> text.</p><ul><li>One<li>Two</li><li><p>Three</p><ol><li>Nested</ol></li></ul>" +
        "<p>After list.</p><blockquote><p>Quoted.</p></blockquote><figure><figcaption>Cap.</figcaption></figure>" +
        "<table><tr><th>H</th><td>Cell</td></tr></table><div>Line<br>break</div><section>Sec</section>",
      "html",
    ),
    [
      "heading: Head", "heading: Small head", "paragraph: Para bold text.", "list-item: One", "list-item: Two", "list-item: Three",
      "list-item: Nested", "paragraph: After list.", "blockquote: Quoted.", "paragraph/caption: Cap.", "paragraph/table-cell: H",
      "paragraph/table-cell: Cell", "paragraph: Line", "paragraph: break", "paragraph: Sec",
    ],
  );
});

test("HTML: non-prose elements are dropped", () => {
  const src =
    "<!DOCTYPE html><HTML><HEAD><TITLE>Site | Headline</TITLE><meta charset=utf-8><style>p{}</style></HEAD><BODY>" +
    "<script>if (a < b) document.write('<p>x</p>');</script><noscript>Enable JS.</noscript><template><p>T</p></template>" +
    "<svg><title>Icon</title><text>Svg text</text></svg><p>Kept <code>code()</code> text<button>Share</button>.</p>" +
    "<pre>pre text</pre><?php echo 1; ?><![CDATA[ data ]]><select><option>Opt</option></select><img src=a.png alt='Alt text'>" +
    "<!-- comment --></BODY></HTML>";
  assert.equal(view(src, "html"), "Kept text.");
  assert.equal(view("<html><head><title>T</title><body><p>Body without closing head.</p>", "html"), "Body without closing head.");
});

test("HTML: character references", () => {
  assert.equal(
    view("&amp; &lt; &gt; &quot; &#39; &apos; &nbsp; &rsquo;&lsquo;&ldquo;&rdquo; &mdash; &ndash; &hellip; &eacute; &euro;", "html"),
    "& < > \" ' ' \u00a0 ’‘“” — – … é €",
  );
  assert.equal(view("&#8217; &#x2019; &#146; &#0; &#x1F600; &bogus; &amp x &#65", "html"), "’ ’ ’ \uFFFD 😀 &bogus; & x A");
  assert.deepEqual(decodeEntityAt("a &amp; b", 2), { text: "&", len: 5 });
  assert.equal(decodeEntityAt("&amp;", 0, 3), null);
  assert.equal(decodeEntityAt("& x", 0), null);
});

test("HTML: white space collapses to one space mapped to the whole run; entities map to the whole reference", () => {
  const src = "<p>One \n\t two&nbsp;three &ldquo;four&rdquo;</p>";
  const v = buildView(src, "html");
  assert.equal(v.text, "One two\u00a0three “four”");
  assert.equal(behind(v, src, " two"), " \n\t two");
  assert.equal(behind(v, src, "\u00a0"), "&nbsp;");
  assert.equal(behind(v, src, "“four”"), "&ldquo;four&rdquo;");
  assertMonotonic(v, src);
  assert.equal(view("<p>a <b> </b> b</p><p>  lead and trail  </p>", "html"), "a b\nlead and trail");
});

test("HTML: malformed markup never loses the text after it", () => {
  assert.equal(view("<p>a < b and c<d</p><p>next</p>", "html"), "a < b and c\nnext");
  assert.equal(view('<div title="x > y">Text</div><p>More', "html"), "Text\nMore");
  assert.equal(view("<p title=\"unclosed>Text</p><p>After.</p>", "html"), "Text\nAfter.");
  assert.equal(view("<p>Before<script>never closed", "html"), "Before");
  assert.equal(view("<p>Before<!-- never closed <p>x</p>", "html"), "Before");
  assert.equal(view("<p>Text <noscript>unclosed noscript and more", "html"), "Text unclosed noscript and more");
  assert.equal(view('<iframe src="x.html" /><p>After a self-closed iframe.</p><textarea>Unclosed', "html"), "After a self-closed iframe.\nUnclosed");
  assert.equal(view("Text <", "html"), "Text <");
  assert.equal(view("</p></div>Loose text</li></blockquote>", "html"), "Loose text");
});

test("bad input never throws and never hangs", () => {
  let seed = 7;
  const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const junk = Array.from({ length: 60_000 }, () => String.fromCharCode(Math.floor(rand() * 0x10000))).join("");
  const asciiJunk = Array.from({ length: 60_000 }, () => "<>&;#[]()!*_`~\\\"' \n\r\tab-=|:"[Math.floor(rand() * 28)]).join("");
  const hostile = [
    junk,
    asciiJunk,
    "<".repeat(100_000),
    "<a ".repeat(50_000),
    '<a title="'.repeat(30_000),
    "<!--".repeat(50_000),
    "[".repeat(100_000) + "]".repeat(10),
    "`".repeat(50_000) + "x" + "``".repeat(20_000),
    "&".repeat(100_000) + "&#x" + "9".repeat(100_000),
    "*_".repeat(100_000),
    ">".repeat(100_000),
    "```\n".repeat(50_000),
    "- ".repeat(100_000),
    "x".repeat(300_000),
    ("word. ".repeat(30) + "\n").repeat(3000),
    "<p>" + "Mr. U.S. e.g. J. ".repeat(20_000),
    "![".repeat(50_000),
    "|".repeat(20_000) + "\n|---|\n" + "|a".repeat(20_000),
  ];
  for (const src of hostile) {
    for (const kind of ["plaintext", "markdown", "html"] as const) {
      const t0 = performance.now();
      const a = parseArticle("junk", src, kind);
      const ms = performance.now() - t0;
      assert.ok(ms < 5000, `${kind} on ${JSON.stringify(src.slice(0, 20))}…: ${ms.toFixed(0)} ms`);
      for (const s of a.sentences.slice(0, 200)) {
        assert.equal(s.text, a.text.slice(s.start, s.end));
        const span = a.toSource(s);
        assert.ok(span.start >= 0 && span.end <= src.length && span.start <= span.end);
      }
    }
  }
});

test("linear time: 100,000 words in each kind (loose bound; numbers are in the report)", () => {
  const para = "Officials said on Monday that the council, led by Gov. Ana Li, would spend $4.5 million on the U.S. project. " +
    "“Why now?” asked one resident. The plan was approved in Sept. 2024 after months of debate.\n\n";
  const reps = Math.ceil(100_000 / countWords(para));
  const plain = para.repeat(reps);
  const md = plain.replace(/council/g, "**council**").replace(/project/g, "[project](https://x.org)");
  const html = "<p>" + plain.replace(/\n\n/g, "</p>\n<p>").replace(/“/g, "&ldquo;") + "</p>";
  for (const [kind, src] of [["plaintext", plain], ["markdown", md], ["html", html]] as const) {
    parseArticle("warm", src, kind);
    const t0 = performance.now();
    const a = parseArticle("big", src, kind);
    const ms = performance.now() - t0;
    assert.ok(a.words >= 100_000, `${a.words} words`);
    assert.equal(a.sentences.length, 3 * reps);
    assert.ok(ms < 2000, `${kind}: ${ms.toFixed(0)} ms`);
  }
});
