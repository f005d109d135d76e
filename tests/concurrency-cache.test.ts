// No module-level mutable state in the rules: the real `eslint` CLI gives the same results with worker threads
// (`--concurrency`, ESLint ≥ 9.34) and with the cache on (a cold run that writes it, a warm run that reads it) as a
// plain run. Runs the built plugin (dist/) through the fixture project's eslint.config.mjs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const project = path.join(__dirname, "fixtures", "project-concurrency");
const eslintBin = path.join(root, "node_modules", "eslint", "bin", "eslint.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "twilio-webhooks-cache-"));

interface FileResult {
  filePath: string;
  messages: { ruleId: string | null; messageId?: string; line: number; column: number; fix?: unknown; suggestions?: unknown[] }[];
  errorCount: number;
}

/** Runs the CLI in the fixture project; returns its JSON results, sorted by file (exit 1 = findings, expected). */
function eslint(...args: string[]): FileResult[] {
  const run = spawnSync(process.execPath, [eslintBin, "--format", "json", ...args, "."], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint exited ${run.status}: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as FileResult[];
  return results
    .map((r) => ({ filePath: path.relative(project, r.filePath), messages: r.messages, errorCount: r.errorCount }))
    .sort((a, b) => a.filePath.localeCompare(b.filePath));
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the eslint CLI on a fixture project", { timeout: 180_000 }, () => {
  const plain = eslint();

  it("finds what the fixture plants (so the comparisons below compare something)", () => {
    const byRule = (id: string) => plain.flatMap((r) => r.messages).filter((m) => m.ruleId === `twilio-webhooks/${id}`).length;
    expect(plain.filter((r) => r.filePath.startsWith("src")).length).toBe(11);
    expect(byRule("require-webhook-enabled")).toBe(23);
    expect(byRule("valid-webhook-enabled-value")).toBe(2);
    // The per-file options (autofix, no explicit "false") apply to the worker files only.
    expect(plain.flatMap((r) => r.messages).filter((m) => m.fix).length).toBe(14);
    expect(plain.flatMap((r) => r.messages).some((m) => m.ruleId === null)).toBe(false);
  });

  it("gives identical results with --concurrency=2", () => {
    expect(eslint("--concurrency=2")).toEqual(plain);
  });

  it("gives identical results with --concurrency=auto", () => {
    expect(eslint("--concurrency=auto")).toEqual(plain);
  });

  it("gives identical results with --cache, on the run that writes it and on the run that reads it", () => {
    const location = path.join(tmp, "eslintcache");
    const cold = eslint("--cache", "--cache-location", location);
    expect(fs.existsSync(location)).toBe(true);
    const warm = eslint("--cache", "--cache-location", location);
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
  });

  it("gives identical results with --cache and --concurrency=2 together", () => {
    const location = path.join(tmp, "eslintcache-concurrent");
    expect(eslint("--cache", "--cache-location", location, "--concurrency=2")).toEqual(plain);
    expect(eslint("--cache", "--cache-location", location, "--concurrency=2")).toEqual(plain);
  });
});
