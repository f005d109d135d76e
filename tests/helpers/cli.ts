// Scratch projects and runs of the built CLI (dist/src/cli.js), for the CLI tests. `npm test` builds first.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

import { afterAll } from "vitest";

export const ROOT = join(__dirname, "..", "..");
export const CLI = join(ROOT, "dist", "src", "cli.js");

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A scratch project: `files` maps relative paths to contents. Removed after the test file. */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "twilio-webhooks-lint-"));
  temps.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs the CLI with `args` (from the project root unless `cwd` is given). */
export function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
