// ../shared/cases scored with the built plugin (npm test builds first): a correct plugin scores 1.000 / 1.000.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(__dirname, "..");
const SCORER = path.join(ROOT, "..", "shared", "tools", "score-cases.mjs");

function score(...args: string[]): string {
  return execFileSync(process.execPath, [SCORER, ROOT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
}

describe.skipIf(!existsSync(SCORER))("shared cases: require-webhook-enabled", () => {
  it("untyped: precision 1.000, recall 1.000, no crash", () => {
    const out = score("--only", "require-webhook-enabled", "--verbose");
    expect(out).toMatch(/crashes=0 .*precision=1\.000 recall=1\.000/);
  });
  it("typed: precision 1.000, recall 1.000, no crash", () => {
    const out = score("--typed", "--only", "require-webhook-enabled", "--verbose");
    expect(out).toMatch(/^typed .*crashes=0 .*precision=1\.000 recall=1\.000/m);
  });
  it("fixes parse, leave nothing fixable and are stable; every suggestion parses and removes its report", () => {
    const out = score("--fix", "--only", "require-webhook-enabled", "--verbose");
    expect(out).toMatch(/fix_broke=0 fixable_left=0 fix_unstable=0 suggestions=\d+ sugg_broke=0/);
    expect(out).not.toMatch(/fixed_files=0 /);
  });
});
