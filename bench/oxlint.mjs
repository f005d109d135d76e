#!/usr/bin/env node
/**
 * `npm run bench:oxlint`: wall-clock time of Oxlint (the plugin as a JS plugin) against ESLint (the plugin as an ESLint
 * plugin) on the same files, each as the command a user runs (a fresh process: startup, file discovery, parsing, our
 * three rules, JSON output). Runs are alternated (ESLint, Oxlint, Oxlint --threads=1, then rotated) after one warm-up
 * each; medians and the ratio Oxlint / ESLint are printed. Both must give the same findings, or the script fails.
 *
 *   node bench/oxlint.mjs [--reps 7] [--scale 1] [--no-build]
 *
 * Inputs: the seeded synthetic app corpus (bench/synthetic.mjs, JavaScript, 200 files per scale) and the fixture set
 * (examples/ and ../shared/cases, 15 files). Files Oxlint's parser rejects are left out for both: the synthetic
 * generator can declare a `const` twice, which Oxlint and espree reject and only @typescript-eslint/parser accepts.
 * Parsers: Oxlint its own; ESLint espree for JS and @typescript-eslint/parser for TS (a usual user setup).
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { writeCorpus } from "./synthetic.mjs";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, "..");
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : dflt);
const REPS = opt("--reps", 7);
const SCALE = opt("--scale", 1);

const OXLINT = path.join(ROOT, "node_modules", ".bin", "oxlint");
const ESLINT = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");
const ENTRY_ESM = path.join(ROOT, "dist", "src", "index.mjs");
const ENTRY_CJS = path.join(ROOT, "dist", "src", "index.js");

if (!argv.includes("--no-build")) execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", ROOT], { stdio: "inherit" });

const plugin = (await import(ENTRY_ESM)).default;
const NS = plugin.meta.namespace;
const RULE_IDS = Object.keys(plugin.rules).map((name) => `${NS}/${name}`);
const SOURCE = /\.[mc]?[jt]sx?$/;

/** A work folder with the files, an .oxlintrc.json and an eslint.config.mjs that enable exactly our rules. */
function prepare(name, fill) {
  const dir = path.join(BENCH, "out", `oxlint-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fill(dir);
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, "error"]));
  fs.writeFileSync(path.join(dir, ".oxlintrc.json"), JSON.stringify({ plugins: [], categories: { correctness: "off" }, jsPlugins: [ENTRY_ESM], rules }, null, 2));
  fs.writeFileSync(
    path.join(dir, "eslint.config.mjs"),
    `import { createRequire } from "node:module";
const require = createRequire(${JSON.stringify(path.join(ROOT, "package.json"))});
const plugin = require(${JSON.stringify(ENTRY_CJS)});
export default [
  { files: ["**/*.{ts,mts,cts}"], languageOptions: { parser: require("@typescript-eslint/parser") } },
  { files: ["**/*.{js,mjs,cjs,ts,mts,cts}"], plugins: { ${JSON.stringify(NS)}: plugin }, rules: ${JSON.stringify(rules)} },
];
`,
  );
  const files = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (SOURCE.test(e.name) && e.name !== "eslint.config.mjs") files.push(path.relative(dir, p));
    }
  })(dir);
  return { name, dir, files: files.sort() };
}

function runOxlint(set, files, threads) {
  const r = spawnSync(OXLINT, ["-c", ".oxlintrc.json", "-f", "json", ...(threads ? [`--threads=${threads}`] : []), ...files], {
    cwd: set.dir,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const diagnostics = JSON.parse(r.stdout).diagnostics;
  return diagnostics.map((d) => {
    const rule = /^([\w-]+)\(([\w-]+)\)$/.exec(d.code ?? "");
    return `${d.filename}:${d.labels[0]?.span.line} ${rule ? `${rule[1]}/${rule[2]}` : "(parse error)"}`;
  });
}

function runEslint(set, files) {
  const r = spawnSync(process.execPath, [ESLINT, "-c", "eslint.config.mjs", "-f", "json", "--no-warn-ignored", ...files], {
    cwd: set.dir,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(r.stdout).flatMap((res) =>
    res.messages.map((m) => `${path.relative(set.dir, res.filePath)}:${m.line} ${m.ruleId ?? "(parse error)"}`),
  );
}

function time(fn) {
  const t = process.hrtime.bigint();
  const out = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, out };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function measure(set) {
  // Files Oxlint cannot parse are left out for both linters (see the header).
  const rejected = new Set(runOxlint(set, set.files).filter((f) => f.endsWith("(parse error)")).map((f) => f.split(":")[0]));
  const files = set.files.filter((f) => !rejected.has(f));
  const configs = [
    ["ESLint", () => runEslint(set, files)],
    ["Oxlint", () => runOxlint(set, files)],
    ["Oxlint --threads=1", () => runOxlint(set, files, 1)],
  ];
  const findings = configs.map(([, run]) => run().sort()); // warm-up, and the findings compared
  for (let i = 1; i < findings.length; i++) {
    if (JSON.stringify(findings[i]) !== JSON.stringify(findings[0])) {
      const a = new Set(findings[0]);
      const b = new Set(findings[i]);
      throw new Error(`${configs[i][0]} and ESLint differ on ${set.name}: only ESLint ${[...a].filter((x) => !b.has(x)).slice(0, 5)}; only ${configs[i][0]} ${[...b].filter((x) => !a.has(x)).slice(0, 5)}`);
    }
  }
  const times = configs.map(() => []);
  for (let rep = 0; rep < REPS; rep++) {
    for (let k = 0; k < configs.length; k++) {
      const i = (rep + k) % configs.length; // rotate which linter goes first
      times[i].push(time(configs[i][1]).ms);
    }
  }
  const bytes = files.reduce((s, f) => s + fs.statSync(path.join(set.dir, f)).size, 0);
  return { set: set.name, files: files.length, rejected: rejected.size, bytes, findings: findings[0].length, times, configs: configs.map(([n]) => n) };
}

const sets = [
  prepare(`synthetic-${SCALE}x`, (dir) => writeCorpus(dir, { scale: SCALE })),
  prepare("fixtures", (dir) => {
    fs.cpSync(path.join(ROOT, "examples"), path.join(dir, "examples"), { recursive: true, filter: (p) => !p.includes("node_modules") });
    const cases = path.join(ROOT, "..", "shared", "cases");
    if (fs.existsSync(cases)) fs.cpSync(cases, path.join(dir, "cases"), { recursive: true });
  }),
];

const versions = {
  node: process.version,
  oxlint: spawnSync(OXLINT, ["--version"], { encoding: "utf8" }).stdout.trim(),
  eslint: JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "eslint", "package.json"), "utf8")).version,
};
console.log(`Oxlint vs ESLint, wall clock per run (fresh process), medians of ${REPS} alternated runs after a warm-up`);
console.log(`Node ${versions.node}, ESLint ${versions.eslint}, ${versions.oxlint}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load ${os.loadavg()[0].toFixed(2)}`);
for (const set of sets) {
  const r = measure(set);
  const [eslint, oxlint, oxlint1] = r.times.map(median);
  console.log(`\n${r.set}: ${r.files} files (${(r.bytes / 1024).toFixed(0)} KiB), ${r.findings} findings, identical in all three` + (r.rejected ? `; ${r.rejected} files Oxlint does not parse left out` : ""));
  for (let i = 0; i < r.configs.length; i++) console.log(`  ${r.configs[i].padEnd(20)} ${median(r.times[i]).toFixed(0).padStart(6)} ms   runs: ${r.times[i].map((t) => t.toFixed(0)).join("/")}`);
  console.log(`  ratio Oxlint / ESLint: ${(oxlint / eslint).toFixed(3)} (Oxlint --threads=1: ${(oxlint1 / eslint).toFixed(3)})`);
}
