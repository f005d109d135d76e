// The plugin as an Oxlint JS plugin (`jsPlugins` in .oxlintrc.json): Oxlint 1.x runs our rules on the example app and a
// copy of ../shared/cases and must give ESLint's findings (file, line, rule) and ESLint's fixes, file for file.
// Known difference, asserted exactly below: Oxlint gives JS plugins no TypeScript program (`parserServices` is `{}`),
// so what only typed linting finds (`// expect-typed:` lines) is not found under Oxlint, as in untyped ESLint.
// Runs dist/src/index.mjs: `npm run build` first when running this file on its own.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import plugin from "../src/index";

const ROOT = join(__dirname, "..");
const OXLINT = join(ROOT, "node_modules", ".bin", "oxlint");
const ENTRY = join(ROOT, "dist", "src", "index.mjs");
const CASES = join(ROOT, "..", "shared", "cases");
/** ../shared sits beside the project in CI and on developers' machines, not in a fresh clone on its own. */
const HAVE_CASES = existsSync(CASES);
const FOLDERS = HAVE_CASES ? ["examples", "cases"] : ["examples"];
const NS = plugin.meta.namespace;
const RULE_IDS = Object.keys(plugin.rules).map((name) => `${NS}/${name}`);
const SOURCE = /\.[mc]?[jt]sx?$/;

let work: string;
beforeAll(() => {
  if (!existsSync(ENTRY)) throw new Error("dist/src/index.mjs is missing: run `npm run build` first");
  work = mkdtempSync(join(tmpdir(), "twilio-webhooks-oxlint-"));
  cpSync(join(ROOT, "examples"), join(work, "examples"), { recursive: true, filter: (p) => !p.includes("node_modules") });
  if (HAVE_CASES) cpSync(CASES, join(work, "cases"), { recursive: true });
  // For the typed ESLint run only: twilio's types resolve through the project's node_modules.
  symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"), "dir");
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, target: "es2022", module: "esnext", moduleResolution: "bundler", esModuleInterop: true, allowJs: true, skipLibCheck: true, noEmit: true },
      include: ["cases/**/*"],
    }),
  );
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** An .oxlintrc.json loading the built plugin, every rule of it on, Oxlint's own rules off. */
function oxlintConfig(dir: string, ruleEntry: (id: string) => unknown): string {
  const file = join(dir, ".oxlintrc.json");
  writeFileSync(
    file,
    JSON.stringify({
      plugins: [],
      categories: { correctness: "off" },
      jsPlugins: [ENTRY],
      rules: Object.fromEntries(RULE_IDS.map((id) => [id, ruleEntry(id)])),
    }),
  );
  return file;
}

function oxlint(cwd: string, args: string[]) {
  const r = spawnSync(OXLINT, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return r;
}

interface OxlintDiagnostic {
  code?: string;
  message: string;
  filename: string;
  labels: { span: { line: number } }[];
}

/** `path:line rule` for each finding, rule ids spelled as ESLint does (`twilio-webhooks/rule`). */
function oxlintFindings(cwd: string, paths: string[]): string[] {
  const r = oxlint(cwd, ["-c", ".oxlintrc.json", "-f", "json", ...paths]);
  const diagnostics = (JSON.parse(r.stdout) as { diagnostics: OxlintDiagnostic[] }).diagnostics;
  return diagnostics
    .map((d) => {
      const rule = /^([\w-]+)\(([\w-]+)\)$/.exec(d.code ?? "");
      return `${d.filename}:${d.labels[0]?.span.line} ${rule ? `${rule[1]}/${rule[2]}` : `(no rule) ${d.message}`}`;
    })
    .sort();
}

function eslintConfig(options: { typed?: boolean; autofix?: boolean } = {}): Linter.Config[] {
  const takesAutofix = (id: string) => JSON.stringify(plugin.rules[id.slice(NS.length + 1) as keyof typeof plugin.rules].meta.schema).includes('"autofix"');
  return [
    {
      files: ["**/*.{ts,mts,cts}", ...(options.typed ? ["**/*.{js,mjs,cjs}"] : [])],
      languageOptions: {
        parser: tsParser as Linter.Parser,
        ...(options.typed ? { parserOptions: { projectService: true, tsconfigRootDir: work } } : {}),
      },
    },
    {
      files: ["**/*.{js,mjs,cjs,ts,mts,cts}"],
      plugins: { [NS]: plugin as unknown as ESLint.Plugin },
      rules: Object.fromEntries(
        RULE_IDS.map((id): [string, Linter.RuleEntry] => [id, options.autofix && takesAutofix(id) ? ["error", { autofix: true }] : "error"]),
      ),
    },
  ];
}

async function eslintFindings(cwd: string, paths: string[], options: { typed?: boolean } = {}): Promise<string[]> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: eslintConfig(options) });
  const results = await eslint.lintFiles(paths);
  return results
    .flatMap((r) => r.messages.map((m) => `${relative(cwd, r.filePath)}:${m.line} ${m.ruleId ?? `(no rule) ${m.message}`}`))
    .sort();
}

/** `path:line rule` for each `// expect: rule` (or `// expect-typed: rule`) marker under `dir`. */
function markers(dir: string, kind: "expect" | "expect-typed"): string[] {
  const out: string[] = [];
  const pattern = new RegExp(`// ${kind}: ([\\w-]+)`);
  for (const entry of readdirSync(join(work, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !SOURCE.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        const m = pattern.exec(line);
        if (m) out.push(`${relative(work, file)}:${i + 1} ${NS}/${m[1]}`);
      });
  }
  return out.sort();
}

describe("Oxlint JS plugin", () => {
  it("gives ESLint's findings on examples/ and ../shared/cases (untyped), and those are the marked lines", async () => {
    oxlintConfig(work, () => "error");
    const ox = oxlintFindings(work, FOLDERS);
    const es = await eslintFindings(work, FOLDERS);
    expect(ox).toEqual(es);
    expect(ox).toEqual(FOLDERS.flatMap((f) => markers(f, "expect")).sort());
    // examples/ exercises require-webhook-enabled; the shared cases add the other two rules.
    for (const id of HAVE_CASES ? RULE_IDS : [`${NS}/require-webhook-enabled`]) expect(ox.some((f) => f.endsWith(` ${id}`))).toBe(true);
    expect(ox.length).toBeGreaterThanOrEqual(HAVE_CASES ? 30 : 10);
    // Oxlint names the plugin from meta.name without its "eslint-plugin-" prefix: the rule ids match ESLint's.
    expect(plugin.meta.name).toBe("eslint-plugin-twilio-webhooks");
  });

  it.skipIf(!HAVE_CASES)("known difference: no type information, so typed-only findings are missing, exactly the expect-typed lines", async () => {
    oxlintConfig(work, () => "error");
    const ox = oxlintFindings(work, ["cases"]);
    const typed = await eslintFindings(work, ["cases"], { typed: true });
    const onlyTyped = typed.filter((f) => !ox.includes(f));
    expect(onlyTyped).toEqual(markers("cases", "expect-typed"));
    expect(onlyTyped).toHaveLength(2);
    expect(ox.filter((f) => !typed.includes(f))).toEqual([]);
  });

  it("applies the same fixes as ESLint (autofix on), file for file", async () => {
    const oxDir = mkdtempSync(join(work, "fix-oxlint-"));
    const esDir = mkdtempSync(join(work, "fix-eslint-"));
    for (const dir of [oxDir, esDir]) {
      cpSync(join(work, "examples"), join(dir, "examples"), { recursive: true });
      if (HAVE_CASES) cpSync(join(work, "cases"), join(dir, "cases"), { recursive: true });
    }
    const takesAutofix = (id: string) => JSON.stringify(plugin.rules[id.slice(NS.length + 1) as keyof typeof plugin.rules].meta.schema).includes('"autofix"');
    oxlintConfig(oxDir, (id) => (takesAutofix(id) ? ["error", { autofix: true }] : "error"));
    oxlint(oxDir, ["-c", ".oxlintrc.json", "--fix", ...FOLDERS]);
    const eslint = new ESLint({ cwd: esDir, fix: true, overrideConfigFile: true, overrideConfig: eslintConfig({ autofix: true }) });
    await ESLint.outputFixes(await eslint.lintFiles(FOLDERS));

    const files = readdirSync(join(work), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && SOURCE.test(e.name) && /^(examples|cases)\b/.test(relative(work, e.parentPath)))
      .map((e) => relative(work, join(e.parentPath, e.name)));
    let changed = 0;
    for (const file of files) {
      const fixedByOxlint = readFileSync(join(oxDir, file), "utf8");
      expect([file, fixedByOxlint]).toEqual([file, readFileSync(join(esDir, file), "utf8")]);
      if (fixedByOxlint !== readFileSync(join(work, file), "utf8")) changed++;
    }
    expect(files.length).toBe(HAVE_CASES ? 15 : 7);
    expect(changed).toBeGreaterThanOrEqual(HAVE_CASES ? 5 : 4);
  });
});
