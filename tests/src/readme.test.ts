// The README's hand-written parts that could drift: the rule table against the rules' meta, and the quick start.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import plugin from "../../src/index";

const ROOT = join(__dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** Rows of the table under "## Rules": `| [name](docs/rules/name.md) | description | 💼 | 🔧 | 💡 | 💭 |`. */
function ruleRows(): Map<string, string[]> {
  const section = README.split(/^## Rules$/m)[1]!.split(/^## /m)[0]!;
  const rows = new Map<string, string[]>();
  for (const line of section.split("\n")) {
    const m = /^\| \[([\w-]+)\]\(docs\/rules\/([\w-]+)\.md\) \| (.*) \|$/.exec(line);
    if (!m) continue;
    expect(m[2]).toBe(m[1]);
    rows.set(m[1]!, m[3]!.split(" | ").map((c) => c.trim()));
  }
  return rows;
}

describe("README", () => {
  const rows = ruleRows();

  it("lists every rule of the plugin, and nothing else", () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(plugin.rules).sort());
  });

  it.each(Object.entries(plugin.rules))("describes %s as its meta does, and links an existing doc", (name, rule) => {
    const [description, recommended, fixable, suggestions, typed] = rows.get(name) ?? [];
    const docs = rule.meta.docs as { description: string; recommended?: boolean; requiresTypeChecking?: boolean };
    expect(description).toBe(docs.description);
    expect(recommended).toBe(docs.recommended ? "✅" : "");
    expect(fixable).toBe(rule.meta.fixable ? "🔧" : "");
    expect(suggestions).toBe(rule.meta.hasSuggestions ? "💡" : "");
    if (docs.requiresTypeChecking) expect(typed).toBe("required");
    else expect(["optional", ""]).toContain(typed);
    expect(existsSync(join(ROOT, "docs", "rules", `${name}.md`))).toBe(true);
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
