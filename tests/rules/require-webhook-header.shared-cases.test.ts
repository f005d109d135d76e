// Scores the built plugin on ../shared/cases for require-webhook-header: precision and recall 1.000, and with --fix
// the fixes and suggestions stay sound. Needs `npm run build` first (`npm test` does it).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const RULE = "require-webhook-header";
const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.resolve(ROOT, "..", "shared", "tools", "score-cases.mjs");
const ENTRY = path.join(ROOT, "dist", "src", "index.js");

/** The scorer lints a copy in `<project>/.score-cases-tmp`; a project of our own keeps parallel test files apart. */
function isolatedProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `score-${RULE}-`));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "score-cases-project", main: ENTRY }));
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "junction");
  return dir;
}

function score(project: string, ...flags: string[]): string {
  return execFileSync(process.execPath, [SCRIPT, project, "--only", RULE, "--verbose", ...flags], { encoding: "utf8", timeout: 120_000 });
}

describe.skipIf(!existsSync(SCRIPT))(`${RULE} on the shared cases`, () => {
  let project: string | undefined;
  const projectDir = () => (project ??= isolatedProject());
  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("is scored against a current build", () => {
    for (const [source, output] of [
      ["rules/require-webhook-header.ts", "dist/rules/require-webhook-header.js"],
      ["src/http/requests.ts", "dist/src/http/requests.js"],
      ["src/index.ts", "dist/src/index.js"],
    ] as const) {
      const built = path.join(ROOT, output);
      expect(existsSync(built), `${output} is missing: run \`npm run build\``).toBe(true);
      expect(statSync(built).mtimeMs >= statSync(path.join(ROOT, source)).mtimeMs, `${output} is stale: run \`npm run build\``).toBe(true);
    }
  });

  it("untyped: precision 1.000, recall 1.000", () => {
    const out = score(projectDir());
    expect(out).toMatch(new RegExp(`^${RULE}\\s+tp=[1-9]\\d* fp=0 fn=0$`, "m"));
    expect(out).toMatch(/^syntactic files=\d+ crashes=0 .*precision=1\.000 recall=1\.000$/m);
  });

  it("--fix: fixes parse, leave nothing fixable and are stable; every suggestion parses and removes its report", () => {
    const out = score(projectDir(), "--fix");
    expect(out).toMatch(new RegExp(`^${RULE}\\s+tp=[1-9]\\d* fp=0 fn=0$`, "m"));
    expect(out).toMatch(/ fixed_files=[1-9]\d* fix_broke=0 fixable_left=0 fix_unstable=0 suggestions=[1-9]\d* sugg_broke=0/);
  });
});
