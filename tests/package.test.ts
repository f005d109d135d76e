// The package as npm would publish it: what `files` ships, no install scripts, publint and arethetypeswrong (node16,
// ESM and CJS) on the packed tarball, and both module systems loading the same plugin object through its own name.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  files: string[];
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
const RULES = fs.readdirSync(path.join(ROOT, "rules")).map((f) => f.replace(/\.ts$/, ""));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "twilio-webhooks-pack-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(command: string, args: string[], cwd = ROOT) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: "" } });
  if (result.error) throw result.error;
  return result;
}

/** `npm pack --json` (dry run or into `tmp`): the tarball's file list. */
function pack(...args: string[]): { filename: string; files: { path: string }[] } {
  const result = run("npm", ["pack", "--json", "--ignore-scripts", ...args]);
  expect(result.status, result.stderr).toBe(0);
  const [entry] = JSON.parse(result.stdout) as { filename: string; files: { path: string }[] }[];
  return entry!;
}

describe("the published package", { timeout: 120_000 }, () => {
  const files = pack("--dry-run").files.map((f) => f.path).sort();

  it("ships the built plugin, its types, the docs, README, LICENSE and package.json", () => {
    for (const entry of ["index.js", "index.mjs", "index.d.ts", "index.d.mts", "cli.js"]) expect(files).toContain(`dist/src/${entry}`);
    for (const rule of RULES) {
      expect(files).toContain(`dist/rules/${rule}.js`);
      expect(files).toContain(`dist/rules/${rule}.d.ts`);
      expect(files).toContain(`docs/rules/${rule}.md`);
    }
    expect(files).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json"]));
  });

  it("ships nothing else: no tests, fixtures, bench, scripts, sources or source maps", () => {
    const allowed = /^(dist\/src\/.+\.(js|mjs|d\.ts|d\.mts)|dist\/rules\/[\w-]+\.(js|d\.ts)|docs\/rules\/[\w-]+\.md|LICENSE|README\.md|package\.json)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(tests?|fixtures|bench|scripts|examples|node_modules)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(ts|mts)$/.test(f) && !/\.d\.m?ts$/.test(f))).toEqual([]);
    // Every built file of the plugin's modules is there (nothing important dropped by the allow-list).
    const built = (dir: string) =>
      fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).filter((f) => /\.(m?js|d\.m?ts)$/.test(f)).map((f) => `${dir}/${f.split(path.sep).join("/")}`);
    expect(files.filter((f) => f.startsWith("dist/"))).toEqual([...built("dist/src"), ...built("dist/rules")].sort());
  });

  it("has no install scripts, and names no dev-only tool as a dependency", () => {
    for (const hook of ["preinstall", "install", "postinstall", "prepare"]) expect(PKG.scripts).not.toHaveProperty(hook);
    const devOnly = /^(eslint\d*|typescript|vitest|publint|@arethetypeswrong\/.*|eslint-doc-generator|eslint-plugin-eslint-plugin|typescript-eslint|@types\/.*|oxlint|twilio\d*)$/;
    expect(Object.keys(PKG.dependencies).filter((d) => devOnly.test(d))).toEqual([]);
    expect(Object.keys(PKG.dependencies)).toEqual(expect.arrayContaining(["@typescript-eslint/parser", "@typescript-eslint/utils"]));
  });

  const tarball = path.join(tmp, pack("--pack-destination", tmp).filename);

  it("passes publint (strict: warnings count, suggestions too)", async () => {
    const { publint } = await import("publint");
    const { messages } = await publint({ pkgDir: ROOT, strict: true, level: "suggestion", pack: "npm" });
    expect(messages).toEqual([]);
  });

  it("passes arethetypeswrong with the node16 profile (ESM and CJS consumers) and bundler resolution", () => {
    const attw = path.join(ROOT, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");
    const result = run(process.execPath, [attw, tarball, "--profile", "node16", "--format", "json"]);
    const report = JSON.parse(result.stdout) as {
      problems: Record<string, unknown>;
      analysis: { packageName: string; entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }> };
    };
    expect(report.analysis.packageName).toBe(PKG.name);
    expect(report.problems).toEqual({});
    const resolved = report.analysis.entrypoints["."]!.resolutions;
    expect(resolved["node16-cjs"]!.resolution!.fileName).toMatch(/\/dist\/src\/index\.d\.ts$/);
    expect(resolved["node16-esm"]!.resolution!.fileName).toMatch(/\/dist\/src\/index\.d\.mts$/);
    expect(result.status).toBe(0);
  });

  it("gives require() the plugin object and import its default export: the same object, with both configs", () => {
    const script = `
      import { createRequire } from "node:module";
      const required = createRequire(import.meta.url)(${JSON.stringify(PKG.name)});
      const imported = await import(${JSON.stringify(PKG.name)});
      console.log(JSON.stringify({
        same: imported.default === required,
        esmKeys: Object.keys(imported),
        keys: Object.keys(required),
        meta: required.meta,
        rules: Object.keys(required.rules),
        flatPluginIsItself: required.configs.recommended.plugins["twilio-webhooks"] === required,
        legacy: required.configs["legacy-recommended"].plugins,
      }));`;
    const result = run(process.execPath, ["--input-type=module", "-e", script]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      same: true,
      esmKeys: ["default"],
      keys: ["meta", "rules", "configs"],
      meta: { name: PKG.name, version: PKG.version, namespace: "twilio-webhooks" },
      rules: RULES,
      flatPluginIsItself: true,
      legacy: ["twilio-webhooks"],
    });
  });
});
