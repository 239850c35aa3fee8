// Shortens and quotes the words of a finding for its message, so every message reads the same way.
// Pure: no vscode import.

const MAX = 80;

/** The words at issue, white space collapsed, cut at a word boundary with an ellipsis when long. */
export function excerpt(text: string, max = MAX): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(" ");
  return `${(sp > max / 2 ? cut.slice(0, sp) : cut).replace(/[,;:]$/, "")}…`;
}
