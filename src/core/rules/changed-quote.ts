// Rule `changed-quote`: The words inside a direct quotation differ between versions, or a quotation lost or gained its quotation marks.
// Pure: no vscode import.

import type { VersionRule, VersionContext } from "./rule";

export const changedQuote: VersionRule = {
  id: "changed-quote",
  family: "versions",
  defaultSeverity: "error",
  description: "The words inside a direct quotation differ between versions, or a quotation lost or gained its quotation marks.",
  check(ctx: VersionContext): void {
    void ctx;
  },
};
