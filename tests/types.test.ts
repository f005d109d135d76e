// The type test: a user's eslint.config.ts / eslint.config.mts (tests/types/) that pass the plugin and its configs
// to ESLint's `defineConfig` compile with `tsc --noEmit`, against the built declarations resolved through the
// package's own name (both "exports" conditions), and without a cast: the one cast between typescript-eslint's rule
// types and ESLint's (typescript-eslint#11543) stays in src/index.ts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const TYPES = path.join(__dirname, "types");
const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");

describe("types for users", { timeout: 120_000 }, () => {
  it("compiles eslint.config.ts (CJS) and eslint.config.mts (ESM) against dist's .d.ts and .d.mts", () => {
    const result = spawnSync(process.execPath, [tsc, "-p", TYPES, "--listFiles"], { cwd: ROOT, encoding: "utf8" });
    const listed = result.stdout.split("\n").filter((line) => line && !line.includes("node_modules"));
    const errors = listed.filter((line) => /error TS\d+/.test(line));
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
    // The package resolved through its name, to the built declarations: CJS types for the .ts, ESM types for the .mts.
    const files = listed.map((f) => path.relative(ROOT, f).split(path.sep).join("/"));
    expect(files).toEqual(expect.arrayContaining(["dist/src/index.d.ts", "dist/src/index.d.mts", "tests/types/eslint.config.ts", "tests/types/eslint.config.mts"]));
    expect(files.filter((f) => f.startsWith("src/") || f.startsWith("rules/"))).toEqual([]);
  });

  it("needs no cast in the user's config; src/index.ts holds the one cast", () => {
    for (const file of ["eslint.config.ts", "eslint.config.mts"]) {
      const code = fs.readFileSync(path.join(TYPES, file), "utf8").replace(/\/\/.*$/gm, "");
      expect(code).not.toMatch(/\bas\s+(unknown|never|any)\b|<(never|any)>|\bas\s+[A-Z]/);
      expect(code).toMatch(/defineConfig\(\[twilioWebhooks\.configs\.recommended, \{ plugins: \{ "twilio-webhooks": twilioWebhooks \} \}\]\)|plugins: \{ "twilio-webhooks": twilioWebhooks \}/);
    }
    const index = fs.readFileSync(path.join(ROOT, "src", "index.ts"), "utf8").replace(/\/\/.*$/gm, "");
    expect([...index.matchAll(/\bas unknown as\b/g)]).toHaveLength(1);
    expect(index).toMatch(/typedRules as unknown as Record<RuleName, Rule\.RuleModule>/);
  });

  it("fails on a config that misuses the plugin (the test can fail)", () => {
    // Named per process, so a concurrent run of the suite does not trip over these files.
    const bad = path.join(TYPES, `bad-${process.pid}.config.mts`);
    const badProject = path.join(TYPES, `tsconfig.bad-${process.pid}.json`);
    fs.writeFileSync(bad, 'import { defineConfig } from "eslint/config";\nimport p from "eslint-plugin-twilio-webhooks";\nexport default defineConfig([{ plugins: { x: p.configs["legacy-recommended"] } }]);\n');
    fs.writeFileSync(badProject, JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { skipLibCheck: true }, files: [path.basename(bad)] }));
    try {
      const result = spawnSync(process.execPath, [tsc, "-p", badProject], { cwd: ROOT, encoding: "utf8" });
      expect(result.status).not.toBe(0);
      expect(result.stdout).toMatch(/bad-\d+\.config\.mts\(3,\d+\): error TS2322/);
    } finally {
      fs.rmSync(bad, { force: true });
      fs.rmSync(badProject, { force: true });
    }
  });
});
