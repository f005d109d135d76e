// Scores the built plugin on ../shared/cases for this rule, untyped and typed: precision and recall must be 1.000.
// Needs `npm run build` first (`npm test` does it); a stale build fails with a message saying so.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const RULE = "valid-webhook-enabled-value";
const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.resolve(ROOT, "..", "shared", "tools", "score-cases.mjs");
const ENTRY = path.join(ROOT, "dist", "src", "index.js");

/** Sources whose build output the score depends on, paired with that output. */
const BUILT = [
  ["rules/valid-webhook-enabled-value.ts", "dist/rules/valid-webhook-enabled-value.js"],
  ["src/option-value.ts", "dist/src/option-value.js"],
  ["src/index.ts", "dist/src/index.js"],
] as const;

// The script lints a copy of the cases in `<project>/.score-cases-tmp`, which it deletes first. Other test files may
// score the same project at the same time, so this one scores through a project of its own: a temporary directory
// whose package.json points at this build and whose node_modules is this project's.
function isolatedProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `score-${RULE}-`));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "score-cases-project", main: ENTRY }));
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "junction");
  return dir;
}

function score(project: string, ...flags: string[]): string {
  return execFileSync(process.execPath, [SCRIPT, project, "--only", RULE, "--verbose", ...flags], {
    encoding: "utf8",
    timeout: 120_000,
  });
}

if (!existsSync(SCRIPT)) {
  describe(`${RULE} on the shared cases`, () => {
    it.skip(`skipped: ${SCRIPT} is absent (the shared cases sit next to the project, in ../shared)`, () => {});
  });
} else {
  describe(`${RULE} on the shared cases`, () => {
    let project: string | undefined;
    const projectDir = () => (project ??= isolatedProject());
    afterAll(() => {
      if (project) rmSync(project, { recursive: true, force: true });
    });

    it("is scored against a current build", () => {
      for (const [source, output] of BUILT) {
        const built = path.join(ROOT, output);
        expect(existsSync(built), `${output} is missing: run \`npm run build\``).toBe(true);
        expect(
          statSync(built).mtimeMs >= statSync(path.join(ROOT, source)).mtimeMs,
          `${output} is older than ${source}: run \`npm run build\``,
        ).toBe(true);
      }
    });

    it("untyped: precision 1.000, recall 1.000", () => {
      const out = score(projectDir());
      expect(out).toMatch(new RegExp(`^${RULE}\\s+tp=[1-9]\\d* fp=0 fn=0$`, "m"));
      expect(out).toMatch(/^syntactic files=\d+ crashes=0 .* precision=1\.000 recall=1\.000$/m);
    });

    it("typed: precision 1.000, recall 1.000", () => {
      const out = score(projectDir(), "--typed");
      expect(out).toMatch(new RegExp(`^${RULE}\\s+tp=[1-9]\\d* fp=0 fn=0$`, "m"));
      expect(out).toMatch(/^typed files=\d+ crashes=0 .* precision=1\.000 recall=1\.000$/m);
    });
  });
}
