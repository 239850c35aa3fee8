// Rule `reversed-polarity`: One version says the opposite of the other: a negation added or removed.
// Pure: no vscode import.

import type { VersionRule, VersionContext } from "./rule";

export const reversedPolarity: VersionRule = {
  id: "reversed-polarity",
  family: "versions",
  defaultSeverity: "error",
  description: "One version says the opposite of the other: a negation added or removed.",
  check(ctx: VersionContext): void {
    void ctx;
  },
};
