// Nothing registered, documented or configured by hand can drift from the rule files: every rules/*.ts is in the
// plugin under its file name, has docs/rules/<name>.md and a test file, `meta.docs.url` points at that page, and the
// recommended configs (flat and eslintrc) enable exactly the rules whose meta says `recommended`.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { REPO_URL } from "../src/create-rule";
import plugin from "../src/index";

const ROOT = path.resolve(__dirname, "..");
const names = (dir: string, ext: RegExp) =>
  fs.readdirSync(path.join(ROOT, dir)).filter((f) => ext.test(f)).map((f) => f.replace(ext, "")).sort();
const RULE_FILES = names("rules", /\.ts$/);

type Meta = { docs?: { url?: string; recommended?: boolean; description?: string }; schema?: unknown };

describe("plugin meta", () => {
  it("registers every rule file under its file name, and nothing else", () => {
    expect(RULE_FILES.length).toBeGreaterThan(0);
    expect(Object.keys(plugin.rules).sort()).toEqual(RULE_FILES);
  });

  it.each(RULE_FILES)("%s: the registered rule is the file's default export, named as the file", async (name) => {
    const mod = (await import(`../rules/${name}`)) as { default: { name: string } };
    expect(plugin.rules[name as keyof typeof plugin.rules]).toBe(mod.default);
    expect(mod.default.name).toBe(name);
  });

  it.each(RULE_FILES)("%s: has docs/rules/%s.md, a test file, and meta.docs.url pointing at the page", (name) => {
    const meta = plugin.rules[name as keyof typeof plugin.rules].meta as Meta;
    expect(fs.existsSync(path.join(ROOT, "docs", "rules", `${name}.md`))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, "tests", "rules", `${name}.test.ts`))).toBe(true);
    expect(meta.docs?.url).toBe(`${REPO_URL}/blob/main/docs/rules/${name}.md`);
    expect(meta.docs?.description).toMatch(/^Require /);
    expect(typeof meta.docs?.recommended).toBe("boolean");
  });

  it("documents no rule that does not exist", () => {
    expect(names("docs/rules", /\.md$/)).toEqual(RULE_FILES);
  });

  const marked = RULE_FILES.filter((name) => (plugin.rules[name as keyof typeof plugin.rules].meta as Meta).docs?.recommended);
  const expected = Object.fromEntries(marked.map((name) => [`twilio-webhooks/${name}`, "error"]));

  it("configs.recommended enables exactly the rules marked recommended, with the plugin itself", () => {
    expect(marked.length).toBeGreaterThan(0);
    expect(plugin.configs.recommended.rules).toEqual(expected);
    expect(plugin.configs.recommended.plugins).toEqual({ "twilio-webhooks": plugin });
    expect(plugin.configs.recommended.plugins!["twilio-webhooks"]).toBe(plugin);
    expect(plugin.meta.namespace).toBe("twilio-webhooks");
  });

  it("configs['legacy-recommended'] (eslintrc) enables the same rules, naming the plugin", () => {
    expect(plugin.configs["legacy-recommended"].rules).toEqual(expected);
    expect(plugin.configs["legacy-recommended"].plugins).toEqual(["twilio-webhooks"]);
    expect(Object.keys(plugin.configs).sort()).toEqual(["legacy-recommended", "recommended"]);
  });
});
