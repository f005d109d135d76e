import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { convertIgnoreLine, ignoreFilePatterns } from "../../src/cli-ignore";

describe("convertIgnoreLine", () => {
  it.each([
    ["", undefined],
    ["   ", undefined],
    ["# comment", undefined],
    ["generated", "**/generated"],
    ["generated/", "**/generated/"],
    ["*.log  ", "**/*.log"],
    ["/generated", "generated"],
    ["src/gen/", "src/gen/"],
    ["**/tmp", "**/tmp"],
    ["!keep.js", "!**/keep.js"],
    ["\\#hash", "**/#hash"],
    ["\\!bang", "**/!bang"],
    ["file(1).js", "**/file\\(1).js"],
    ["/", undefined],
  ])("%j → %j", (line, pattern) => {
    expect(convertIgnoreLine(line)).toBe(pattern);
  });

  it("rewrites a parent folder's anchored patterns relative to the audited folder", () => {
    const rel = ["packages", "api"];
    expect(convertIgnoreLine("packages/api/generated/", rel)).toBe("generated/");
    expect(convertIgnoreLine("packages/*/generated", rel)).toBe("generated");
    expect(convertIgnoreLine("packages/web/generated", rel)).toBeUndefined();
    expect(convertIgnoreLine("packages/**/fixtures", rel)).toBe("**/fixtures");
    expect(convertIgnoreLine("generated", rel)).toBe("**/generated");
  });

  it("never ignores the audited folder itself or its parents", () => {
    expect(convertIgnoreLine("/packages", ["packages", "api"])).toBeUndefined();
    expect(convertIgnoreLine("packages/api/", ["packages", "api"])).toBeUndefined();
    expect(convertIgnoreLine("packages/a*", ["packages", "api"])).toBeUndefined();
  });
});

describe("ignoreFilePatterns", () => {
  const root = mkdtempSync(join(tmpdir(), "twilio-webhooks-ignore-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("reads .gitignore and .eslintignore from the folder up to the repository root, outermost first", () => {
    mkdirSync(join(root, "repo", ".git"), { recursive: true });
    mkdirSync(join(root, "repo", "packages", "api"), { recursive: true });
    writeFileSync(join(root, ".gitignore"), "outside-the-repo\n");
    writeFileSync(join(root, "repo", ".gitignore"), "/packages/api/generated\n/other\n*.bak\n");
    writeFileSync(join(root, "repo", "packages", "api", ".eslintignore"), "fixtures/\n");
    expect(ignoreFilePatterns(join(root, "repo", "packages", "api"))).toEqual(["generated", "**/*.bak", "**/fixtures/"]);
  });

  it("reads only the folder's own files outside a repository", () => {
    mkdirSync(join(root, "plain", "app"), { recursive: true });
    writeFileSync(join(root, "plain", ".gitignore"), "parent-rule\n");
    writeFileSync(join(root, "plain", "app", ".gitignore"), "own-rule/\n");
    expect(ignoreFilePatterns(join(root, "plain", "app"))).toEqual(["**/own-rule/"]);
  });
});
