// ../shared/cases scored with the built plugin (`npm test` builds first): a correct plugin scores precision 1.000 and
// recall 1.000 for every rule, untyped and typed, and its fixes and suggestions stay sound.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import plugin from "../src/index";

const ROOT = path.join(__dirname, "..");
const SCORER = path.join(ROOT, "..", "shared", "tools", "score-cases.mjs");
const ENTRY = path.join(ROOT, "dist", "src", "index.js");
const RULES = Object.keys(plugin.rules);

// The scorer lints a copy of the cases in `<project>/.score-cases-tmp`, which it deletes first: scoring through a
// project of our own (a package.json pointing at this build, this project's node_modules) keeps parallel runs apart.
let project: string | undefined;
function projectDir(): string {
  if (!project) {
    project = mkdtempSync(path.join(os.tmpdir(), "score-cases-"));
    writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "score-cases-project", main: ENTRY }));
    symlinkSync(path.join(ROOT, "node_modules"), path.join(project, "node_modules"), "junction");
  }
  return project;
}
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

function score(...args: string[]): string {
  return execFileSync(process.execPath, [SCORER, projectDir(), "--verbose", ...args], { encoding: "utf8", timeout: 180_000 });
}

/** Newest modification time of the files under `dir` with the extension. */
function newest(dir: string, ext: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(ext)) t = Math.max(t, statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

describe.skipIf(!existsSync(SCORER))("shared cases", () => {
  it("are scored against a current build", () => {
    const built = Math.min(newest(path.join(ROOT, "dist", "src"), ".js"), newest(path.join(ROOT, "dist", "rules"), ".js"));
    const sources = Math.max(newest(path.join(ROOT, "src"), ".ts"), newest(path.join(ROOT, "rules"), ".ts"));
    expect(built >= sources, "dist/ is older than the sources: run `npm run build`").toBe(true);
  });

  describe.each(RULES)("%s", (rule) => {
    const line = (mode: "syntactic" | "typed") => new RegExp(`^${mode} files=\\d+ crashes=0 .*precision=1\\.000 recall=1\\.000`, "m");
    const ruleLine = new RegExp(`^${rule}\\s+tp=[1-9]\\d* fp=0 fn=0$`, "m");

    it("untyped: precision 1.000, recall 1.000, no crash", () => {
      const out = score("--only", rule);
      expect(out).toMatch(ruleLine);
      expect(out).toMatch(line("syntactic"));
    });
    it("typed: precision 1.000, recall 1.000, no crash", () => {
      const out = score("--typed", "--only", rule);
      expect(out).toMatch(ruleLine);
      expect(out).toMatch(line("typed"));
    });
    it("fixes parse, leave nothing fixable and are stable; every suggestion parses and removes its report", () => {
      const out = score("--fix", "--only", rule);
      expect(out).toMatch(/ fixed_files=[1-9]\d* fix_broke=0 fixable_left=0 fix_unstable=0 suggestions=[1-9]\d* sugg_broke=0/);
    });
  });

  it("all rules together: precision 1.000, recall 1.000, untyped and typed", () => {
    expect(score()).toMatch(/^syntactic files=\d+ crashes=0 .*precision=1\.000 recall=1\.000$/m);
    expect(score("--typed")).toMatch(/^typed files=\d+ crashes=0 .*precision=1\.000 recall=1\.000$/m);
  });
});
