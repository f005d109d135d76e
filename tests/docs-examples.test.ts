// The examples in docs/rules/*.md are linted, so a page cannot show code the rule does not treat as it says.
// Convention: under "## Examples", a "### ❌ Incorrect" and a "### ✅ Correct" heading, each followed by fenced
// ```js / ```ts blocks. Every ❌ block must get at least one report of the page's rule, and every top-level
// expression statement in it (each example call) a report of that rule on its lines; every ✅ block must get no
// report of any of the plugin's rules. Blocks are linted as they are (js: ESLint's default parser; ts:
// @typescript-eslint/parser), without type information, with the recommended config.
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import plugin from "../src/index";

const DOCS = path.join(__dirname, "..", "docs", "rules");
const PAGES = fs.readdirSync(DOCS).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, ""));

interface Block {
  kind: "incorrect" | "correct";
  lang: "js" | "ts";
  code: string;
  /** 1-based line of the block's first code line in the .md file. */
  line: number;
}

const HEADINGS = { "### ❌ Incorrect": "incorrect", "### ✅ Correct": "correct" } as const;

/** The fenced js/ts blocks under the ❌/✅ headings of a page, with where they start. */
export function exampleBlocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  let kind: Block["kind"] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,3} /.test(line)) kind = HEADINGS[line.trim() as keyof typeof HEADINGS];
    const fence = /^```(\w*)\s*$/.exec(line);
    if (!fence) continue;
    const end = lines.indexOf("```", i + 1);
    if (end < 0) throw new Error(`unclosed code fence at line ${i + 1}`);
    const lang = { js: "js", javascript: "js", ts: "ts", typescript: "ts" }[fence[1]!] as Block["lang"] | undefined;
    if (kind && lang) blocks.push({ kind, lang, code: lines.slice(i + 1, end).join("\n"), line: i + 2 });
    i = end;
  }
  return blocks;
}

/** Line spans of a block's top-level expression statements: the calls an ❌ block shows. */
function examples(block: Block): [number, number][] {
  const ast = tsParser.parse(block.code, { loc: true, range: true, sourceType: "module" });
  return ast.body.filter((s) => s.type === "ExpressionStatement").map((s) => [s.loc.start.line, s.loc.end.line]);
}

const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser as Linter.Parser } },
  { files: ["**/*.js"], languageOptions: { ecmaVersion: "latest", sourceType: "module" } },
  plugin.configs.recommended,
];

function lintBlock(block: Block, page: string): Linter.LintMessage[] {
  const messages = linter.verify(block.code, config, path.join(DOCS, `${page}.example.${block.lang}`));
  const fatal = messages.find((m) => m.fatal || !m.ruleId);
  if (fatal) throw new Error(`${page}.md:${block.line + fatal.line - 1}: the example does not parse: ${fatal.message}`);
  return messages;
}

describe.each(PAGES)("docs/rules/%s.md examples", (page) => {
  const markdown = fs.readFileSync(path.join(DOCS, `${page}.md`), "utf8");
  const blocks = exampleBlocks(markdown);

  it("follows the convention: ## Examples with ❌ Incorrect and ✅ Correct blocks, nothing labelled otherwise", () => {
    expect(markdown).toMatch(/^## Examples$/m);
    expect(blocks.filter((b) => b.kind === "incorrect").length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.kind === "correct").length).toBeGreaterThan(0);
    // A ❌/✅ label outside the two headings would be an example this test does not see.
    const labels = markdown.split("\n").filter((l) => /[❌✅]\s*(Incorrect|Correct)/i.test(l));
    expect(labels.every((l) => l in HEADINGS)).toBe(true);
  });

  it("❌ blocks: each gets a report of the page's rule, on every example statement", () => {
    for (const block of blocks.filter((b) => b.kind === "incorrect")) {
      const reports = lintBlock(block, page).filter((m) => m.ruleId === `twilio-webhooks/${page}`);
      expect(reports.length, `${page}.md:${block.line}: ❌ block without a report`).toBeGreaterThan(0);
      const silent = examples(block).filter(([from, to]) => !reports.some((r) => r.line >= from && r.line <= to));
      expect(silent.map(([from]) => `${page}.md:${block.line + from - 1}`)).toEqual([]);
    }
  });

  it("✅ blocks: none gets a report of any of the plugin's rules", () => {
    for (const block of blocks.filter((b) => b.kind === "correct")) {
      const reports = lintBlock(block, page).map((m) => `${page}.md:${block.line + m.line - 1} ${m.ruleId}: ${m.message}`);
      expect(reports).toEqual([]);
    }
  });
});

describe("the example extraction", () => {
  it("finds blocks under the headings only, with their language and first line", () => {
    const md = ["# t", "```js", "a();", "```", "### ❌ Incorrect", "", "```ts", "b();", "c();", "```", "```sh", "x", "```", "### ✅ Correct", "```js", "d();", "```", "## Options", "```js", "e();", "```"].join("\n");
    expect(exampleBlocks(md)).toEqual([
      { kind: "incorrect", lang: "ts", code: "b();\nc();", line: 8 },
      { kind: "correct", lang: "js", code: "d();", line: 16 },
    ]);
  });

  it("a ❌ block the rule does not report fails the check (the test can fail)", () => {
    const [block] = exampleBlocks("### ❌ Incorrect\n```js\nawait db.message.create({ data });\n```\n");
    expect(lintBlock(block!, "require-webhook-enabled")).toEqual([]);
    expect(examples(block!)).toEqual([[1, 1]]);
  });
});
