// createRule: typescript-eslint's RuleCreator with the options merged over the defaults once per distinct value.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";

import { createRule, REPO_URL } from "../../src/create-rule";

type Options = [{ autofix?: boolean; mode?: string; nested?: { depth?: number } }];

/** A rule that records the options object each file's `create` receives. */
function recorder() {
  const seen: Readonly<Options>[] = [];
  const rule = createRule<Options, "x">({
    name: "recorder",
    meta: {
      type: "problem",
      docs: { description: "records its options", recommended: false },
      schema: [
        {
          type: "object",
          properties: {
            autofix: { type: "boolean" },
            mode: { type: "string" },
            nested: { type: "object", properties: { depth: { type: "number" } }, additionalProperties: false },
          },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ autofix: false, mode: "strict", nested: { depth: 1 } }],
      messages: { x: "x" },
    },
    defaultOptions: [{ autofix: false, mode: "strict", nested: { depth: 1 } }],
    create(_context, options) {
      seen.push(options);
      return {};
    },
  });
  return { rule, seen };
}

function lintFiles(rule: ReturnType<typeof recorder>["rule"], entry: unknown, files: number): void {
  const linter = new Linter({ configType: "flat" });
  const config = [{ plugins: { t: { rules: { recorder: rule } } }, rules: { "t/recorder": entry } }] as Linter.Config[];
  for (let i = 0; i < files; i++) linter.verify(`const a${i} = 1;`, config, { filename: `f${i}.js` });
}

describe("createRule", () => {
  it("gives the docs URL of the rule page", () => {
    expect(recorder().rule.meta.docs.url).toBe(`${REPO_URL}/blob/main/docs/rules/recorder.md`);
  });

  it("merges a severity-only config with the defaults once, for every file", () => {
    const { rule, seen } = recorder();
    lintFiles(rule, "error", 3);
    expect(seen).toHaveLength(3);
    expect(seen[0]).toEqual([{ autofix: false, mode: "strict", nested: { depth: 1 } }]);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
  });

  it("merges user options deeply over the defaults, once per distinct value", () => {
    const { rule, seen } = recorder();
    lintFiles(rule, ["error", { autofix: true, nested: { depth: 3 } }], 2);
    lintFiles(rule, ["error", { mode: "loose" }], 1);
    expect(seen[0]).toEqual([{ autofix: true, mode: "strict", nested: { depth: 3 } }]);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toEqual([{ autofix: false, mode: "loose", nested: { depth: 1 } }]);
    expect(seen[2]).not.toBe(seen[0]);
  });

  it("hands out frozen options, so no file can change them for the next", () => {
    const { rule, seen } = recorder();
    lintFiles(rule, ["error", { nested: { depth: 2 } }], 1);
    const [first] = seen[0]!;
    expect(Object.isFrozen(seen[0])).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.nested)).toBe(true);
  });
});
