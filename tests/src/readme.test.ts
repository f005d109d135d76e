// The README: the rule list is eslint-doc-generator's (nothing hand-kept next to it), and the quick start works.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import plugin from "../../src/index";

const ROOT = join(__dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The rule list eslint-doc-generator writes between its markers (its content is checked by tests/docs.test.ts). */
function ruleList(): string {
  const section = README.split(/^## Rules$/m)[1]!.split(/^## /m)[0]!;
  const list = /<!-- begin auto-generated rules list -->\n([^]*)<!-- end auto-generated rules list -->/.exec(section);
  if (!list) throw new Error("README: no generated rules list under ## Rules");
  return list[1]!;
}

describe("README", () => {
  it("has the generated rule list under ## Rules, linking every rule's page and nothing else", () => {
    const linked = [...ruleList().matchAll(/^\| \[([\w-]+)\]\(docs\/rules\/([\w-]+)\.md\)/gm)].map((m) => {
      expect(m[2]).toBe(m[1]);
      expect(existsSync(join(ROOT, "docs", "rules", `${m[1]}.md`))).toBe(true);
      return m[1]!;
    });
    expect(linked.sort()).toEqual(Object.keys(plugin.rules).sort());
  });

  it("keeps no hand-written rule table outside the generated list", () => {
    const outside = README.replace(ruleList(), "");
    expect(outside.split("\n").filter((line) => /^\|.*\]\(docs\/rules\//.test(line))).toEqual([]);
  });

  it("has a quick start of exactly two commands, both backed by package.json scripts", () => {
    const quick = README.split(/^## Quick start$/m)[1]!.split(/^## /m)[0]!;
    const commands = [...quick.matchAll(/```sh\n([^`]*)```/g)].flatMap((m) => m[1]!.trim().split("\n"));
    expect(commands).toEqual(["npm ci && npm start", "npm ci && npm test"]);
    const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts.start).toMatch(/^npm run build && node dist\/src\/cli\.js examples\b/);
    expect(scripts.test).toMatch(/^npm run build && vitest run/);
  });
});
