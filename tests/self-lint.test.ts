// `npm test` covers the self-lint: `npm run lint` (eslint.config.mjs: typescript-eslint's recommended-type-checked on
// src/, rules/, scripts/, eslint-plugin-eslint-plugin's recommended on rules/) must report nothing. The lint script
// names ESLint 10's bin explicitly: node_modules/.bin/eslint may be another installed major (the eslint8 alias).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";

const ROOT = path.resolve(__dirname, "..");
const SCRIPTS = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("self-lint", { timeout: 240_000 }, () => {
  it("the lint script runs ESLint 10 on src, rules and scripts", () => {
    expect(SCRIPTS.lint).toBe("node node_modules/eslint/bin/eslint.js src rules scripts");
    expect(ESLint.version).toMatch(/^10\./);
  });

  it("applies recommended-type-checked everywhere and eslint-plugin's recommended to the rules", async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const ruleConfig = (await eslint.calculateConfigForFile("rules/require-webhook-enabled.ts")) as { rules: Record<string, unknown> };
    const srcConfig = (await eslint.calculateConfigForFile("src/index.ts")) as { rules: Record<string, unknown> };
    for (const config of [ruleConfig, srcConfig]) {
      expect(config.rules["@typescript-eslint/no-unsafe-assignment"]).toEqual([2]);
      expect(config.rules["@typescript-eslint/no-floating-promises"]).toEqual([2]);
    }
    expect(ruleConfig.rules["eslint-plugin/no-missing-placeholders"]).toEqual([2]);
    expect(ruleConfig.rules["eslint-plugin/require-meta-fixable"]).toBeDefined();
    expect(srcConfig.rules["eslint-plugin/no-missing-placeholders"]).toBeUndefined();
    expect(await eslint.isPathIgnored("scripts/generate-catalogue.ts")).toBe(false);
  });

  it("npm run lint reports nothing", () => {
    const run = spawnSync("npm", ["run", "--silent", "lint", "--", "--format", "json"], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; message: string }[] }[];
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
    expect(results.map((r) => path.relative(ROOT, r.filePath))).toEqual(expect.arrayContaining(["src/index.ts", "src/index.mts", "rules/require-webhook-enabled.ts", "scripts/generate-catalogue.ts"]));
    expect(run.status).toBe(0);
  });
});
