// `npm test` covers the docs: eslint-doc-generator --check (the config is .eslint-doc-generatorrc.js) fails when the
// header of a docs/rules/*.md page, its options table or the README's rule list differs from what the rules' meta
// (dist, built by `npm test` first) generates, or when a page lacks a required section.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "node_modules", "eslint-doc-generator", "dist", "bin", "eslint-doc-generator.js");

function check(dir: string) {
  return spawnSync(process.execPath, [BIN, "--check"], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
}

describe("generated docs", { timeout: 120_000 }, () => {
  it("npm run docs:check is eslint-doc-generator --check, and npm run docs regenerates", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts["docs:check"]).toBe("eslint-doc-generator --check");
    expect(scripts.docs).toBe("eslint-doc-generator");
  });

  it("the README rule list and every rule page's header are up to date", () => {
    const result = check(ROOT);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("fails on a stale README list (the check can fail)", () => {
    // A copy of what the generator reads: package.json, its config, the built plugin, docs and a tampered README.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "twilio-webhooks-docs-"));
    try {
      for (const entry of ["package.json", ".eslint-doc-generatorrc.js", "docs", "dist"]) fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
      fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
      const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
      const stale = readme.replace("| [valid-webhook-enabled-value]", "| [valid-webhook-enabled-valu]");
      expect(stale).not.toBe(readme);
      fs.writeFileSync(path.join(copy, "README.md"), stale);
      const result = check(copy);
      expect(result.status).not.toBe(0);
      expect(result.stdout + result.stderr).toMatch(/README\.md/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
