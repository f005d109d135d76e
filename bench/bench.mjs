#!/usr/bin/env node
/**
 * `npm run bench`: what the plugin costs. A script, never a timed test. One run, same files, same parser
 * (@typescript-eslint/parser everywhere), repetitions alternated between the configurations compared, medians and
 * ratios; prints a table and writes it to bench/RESULTS.md with the machine it ran on.
 *
 *   node bench/bench.mjs [--reps 5] [--typed-reps 3] [--growth-reps 3] [--lib-files 1000] [--no-build]
 *   (env BENCH_REPS, BENCH_TYPED_REPS, BENCH_GROWTH_REPS, BENCH_LIB_FILES work too)
 *
 * Measurements
 *   overhead   the parse + traverse floor (one no-op core rule, see lib/configs.mjs) vs the same plus
 *              configs.recommended, CPU time; goal ≤ 1.02
 *   rule time  our rules vs the no-restricted-syntax selector a team would write, per-rule time from ESLint's
 *              stats (the same numbers as TIMING=all); goal ours ≤ ½ of the selector's
 *   typed      projectService lint of the synthetic corpus as TS, with vs without our rules, fresh processes;
 *              goal ≤ 1.03
 *   growth     synthetic 10× vs 1× with configs.recommended; goal ≤ 10.5
 *   memory     peak RSS of a child process linting the library subset + synthetic 1×, with vs without the plugin
 */
import { execFileSync, execSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

import { ESLint } from "eslint";

import { config, RESTRICTED_SELECTORS, RULES_OF } from "./lib/configs.mjs";
import { BENCH, listLibraryFiles, ROOT } from "./lib/library-files.mjs";
import { writeCorpus } from "./synthetic.mjs";

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const opt = (name, env, dflt) => {
  const i = argv.indexOf(name);
  return Number(i >= 0 ? argv[i + 1] : process.env[env] ?? dflt);
};
const REPS = opt("--reps", "BENCH_REPS", 5);
const TYPED_REPS = opt("--typed-reps", "BENCH_TYPED_REPS", 3);
const GROWTH_REPS = opt("--growth-reps", "BENCH_GROWTH_REPS", 3);
const LIB_FILES = opt("--lib-files", "BENCH_LIB_FILES", 1000);
const started = Date.now();
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Lints `files` in this process with configuration `kind`; wall time and per-rule time (ESLint's stats). */
async function lintOnce(kind, files) {
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config(kind), cache: false, stats: true });
  // CPU time of this process: what the lint costs, less sensitive than wall time to other load on the machine.
  const cpu0 = process.cpuUsage();
  const results = await eslint.lintFiles(files);
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  let ruleMs = 0;
  let reports = 0;
  for (const r of results) {
    const fatal = r.messages.find((m) => m.fatal || (m.ruleId === null && /ignored/i.test(m.message)));
    if (fatal) throw new Error(`${r.filePath}: ${fatal.message}`);
    reports += r.messages.filter((m) => m.ruleId).length;
    for (const pass of r.stats?.times?.passes ?? []) {
      for (const id of RULES_OF[kind]) ruleMs += pass.rules?.[id]?.total ?? 0;
    }
  }
  return { ms, ruleMs, reports };
}

/** Alternates the configurations rep by rep (ABBA…), after one untimed warm-up of each. */
async function compare(kinds, files, reps) {
  for (const k of kinds) await lintOnce(k, files);
  const runs = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let i = 0; i < reps; i++) {
    const order = i % 2 ? [...kinds].reverse() : kinds;
    for (const k of order) runs[k].push(await lintOnce(k, files));
  }
  return Object.fromEntries(
    kinds.map((k) => [k, { ms: median(runs[k].map((r) => r.ms)), ruleMs: median(runs[k].map((r) => r.ruleMs)), reports: runs[k][0].reports, all: runs[k].map((r) => Math.round(r.ms)) }]),
  );
}

/** Runs lib/lint-child.mjs in a fresh process. */
function child(job) {
  const out = execFileSync(process.execPath, [path.join(BENCH, "lib", "lint-child.mjs"), JSON.stringify(job)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop());
}

const listFiles = (dir) =>
  fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => /\.(?:[cm]?[jt]s|tsx)$/.test(f) && !/\.d\.[cm]?ts$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));

function versionOf(pkg) {
  return require(path.join(ROOT, "node_modules", pkg, "package.json")).version;
}

async function main() {
  if (!argv.includes("--no-build")) {
    log("building the plugin…");
    execSync("npm run build --silent", { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  }
  if (!fs.existsSync(path.join(BENCH, "corpus", "node_modules", ".package-lock.json"))) {
    log("installing bench/corpus (npm ci)…");
    execSync("npm ci --prefix bench/corpus --ignore-scripts --no-audit --no-fund", { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  }
  const load = os.loadavg()[0];

  // Inputs: an evenly spread, deterministic subset of the library corpus; synthetic 1×, 10×, and 1× as TS.
  const all = listLibraryFiles().files;
  const step = Math.max(1, Math.floor(all.length / LIB_FILES));
  const lib = all.filter((_, i) => i % step === 0).slice(0, LIB_FILES).map((f) => f.file);
  const libBytes = lib.reduce((s, f) => s + fs.statSync(f).size, 0);
  const out = path.join(BENCH, "out");
  const s1 = writeCorpus(path.join(out, "bench-1x"), { scale: 1 });
  const s10 = writeCorpus(path.join(out, "bench-10x"), { scale: 10 });
  const sTs = writeCorpus(path.join(out, "bench-typed"), { scale: 1, ts: true });
  const syn1 = listFiles(path.join(out, "bench-1x"));
  const syn10 = listFiles(path.join(out, "bench-10x"));
  const typedDir = path.join(out, "bench-typed");
  const synTs = listFiles(typedDir);
  log(`library subset ${lib.length} files (${(libBytes / 1e6).toFixed(1)} MB of ${all.length}); synthetic 1× ${syn1.length}, 10× ${syn10.length}, typed ${synTs.length}; reps ${REPS}`);

  const rows = [];
  const row = (what, a, b, ratio, goal, ok, note = "") => rows.push({ what, a, b, ratio, goal, ok, note });
  const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
  const r3 = (x) => x.toFixed(3);

  // 1. Overhead over the parse + traverse floor, and 2. rule time against the selector.
  log("library subset: floor / recommended / selector…");
  const L = await compare(["floor", "recommended", "selector"], lib, REPS);
  log("synthetic 1×: floor / recommended / selector…");
  const S = await compare(["floor", "recommended", "selector"], syn1, REPS);
  for (const [name, m] of [["library subset", L], ["synthetic 1×", S]]) {
    const ratio = m.recommended.ms / m.floor.ms;
    row(`overhead, ${name}: floor vs recommended (CPU)`, fmt(m.floor.ms), fmt(m.recommended.ms), r3(ratio), "≤ 1.02", ratio <= 1.02, `medians of ${REPS}: ${m.floor.all.join("/")} vs ${m.recommended.all.join("/")} ms`);
  }
  for (const [name, m] of [["library subset", L], ["synthetic 1×", S]]) {
    const ratio = m.recommended.ruleMs / m.selector.ruleMs;
    row(
      `rule time, ${name}: no-restricted-syntax vs ours (ESLint stats)`,
      fmt(m.selector.ruleMs),
      fmt(m.recommended.ruleMs),
      r3(ratio),
      "≤ 0.5",
      ratio <= 0.5,
      `reports: selector ${m.selector.reports}, ours ${m.recommended.reports}`,
    );
    // ESLint times a rule's listeners, not the selector matching its traverser does for it: show the difference too.
    const wall = (m.recommended.ms - m.floor.ms) / (m.selector.ms - m.floor.ms);
    row(`  same, as CPU time over the floor`, fmt(m.selector.ms - m.floor.ms), fmt(m.recommended.ms - m.floor.ms), Number.isFinite(wall) ? r3(wall) : "n/a", "(info)", null, "differences of medians; noise-level when small");
  }

  // 3. Growth: 10× the files, 10× the time at most (+5%).
  log("growth: synthetic 1× / 10×…");
  const g1 = [];
  const g10 = [];
  await lintOnce("recommended", syn1);
  for (let i = 0; i < GROWTH_REPS; i++) {
    if (i % 2) {
      g10.push((await lintOnce("recommended", syn10)).ms);
      g1.push((await lintOnce("recommended", syn1)).ms);
    } else {
      g1.push((await lintOnce("recommended", syn1)).ms);
      g10.push((await lintOnce("recommended", syn10)).ms);
    }
  }
  const growth = median(g10) / median(g1);
  row(`growth: synthetic 1× vs 10× (recommended, CPU)`, fmt(median(g1)), fmt(median(g10)), r3(growth), "≤ 10.5", growth <= 10.5, `bytes ×${(s10.bytes / s1.bytes).toFixed(2)}, files ×${syn10.length / syn1.length}`);

  // 4. Typed linting, fresh processes (each builds its TS program, as a CLI run does).
  log("typed: projectService with / without our rules…");
  const tFloor = [];
  const tOurs = [];
  let typedReports = 0;
  for (let i = 0; i < TYPED_REPS; i++) {
    const jobs = [["floor", tFloor], ["recommended", tOurs]];
    for (const [kind, into] of i % 2 ? jobs.reverse() : jobs) {
      const r = child({ kind, files: synTs, typed: { tsconfigRootDir: typedDir } });
      into.push(r.ms);
      if (kind === "recommended") typedReports = r.reports;
    }
  }
  const typedRatio = median(tOurs) / median(tFloor);
  row(`typed: TS synthetic 1×, floor vs recommended (CPU, projectService)`, fmt(median(tFloor)), fmt(median(tOurs)), r3(typedRatio), "≤ 1.03", typedRatio <= 1.03, `reports ${typedReports}, expected with types ${sTs.expectedTyped} (untyped ${sTs.expected})`);

  // 5. Peak memory, fresh processes.
  log("memory: peak RSS with / without the plugin…");
  const memFiles = [...lib, ...syn1];
  const mem = { floor: [], recommended: [] };
  for (let i = 0; i < 2; i++) {
    for (const kind of i ? ["recommended", "floor"] : ["floor", "recommended"]) mem[kind].push(child({ kind, files: memFiles }).maxRssKb);
  }
  const mFloor = median(mem.floor) / 1024;
  const mOurs = median(mem.recommended) / 1024;
  row(`peak RSS: library subset + synthetic 1×, without vs with the plugin`, `${mFloor.toFixed(0)} MiB`, `${mOurs.toFixed(0)} MiB`, r3(mOurs / mFloor), "(info)", null, `${memFiles.length} files, child processes`);

  // Report.
  const cpus = os.cpus();
  const machine = [
    `- CPU: ${cpus[0]?.model ?? "?"}, ${os.availableParallelism()} cores; memory ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${os.type()} ${os.release()}`,
    `- Node ${process.version}, ESLint ${versionOf("eslint")}, TypeScript ${versionOf("typescript")}, @typescript-eslint/parser ${versionOf("@typescript-eslint/parser")}, twilio ${versionOf("twilio")}`,
    `- Date: ${new Date().toISOString()}; load average at start ${load.toFixed(2)} (other processes share the machine when it is above 0)`,
    `- Repetitions: ${REPS} (overhead, rule time), ${GROWTH_REPS} (growth), ${TYPED_REPS} (typed); medians; configurations alternated rep by rep after a warm-up`,
    `- Inputs: library subset ${lib.length} files (${(libBytes / 1e6).toFixed(1)} MB, every ${step}th of the ${all.length}-file corpus); synthetic 1× ${syn1.length} files (${(s1.bytes / 1e6).toFixed(1)} MB), 10× ${syn10.length} files (${(s10.bytes / 1e6).toFixed(1)} MB), typed ${synTs.length} .ts/.mts/.cts files`,
  ];
  const table = [
    "| measurement | baseline | with ours | ratio | goal | met |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.what.trim()} | ${r.a} | ${r.b} | ${r.ratio} | ${r.goal} | ${r.ok === null ? "" : r.ok ? "yes" : "**no**"} |`),
  ];
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.what.trim()}: ${r.note}`);
  const md = `# Benchmark results

Written by \`npm run bench\` (bench/bench.mjs); see that file for what is measured and how.

## Machine
${machine.join("\n")}

## Results
${table.join("\n")}

Notes:
${notes.join("\n")}
- The floor is ESLint with one core rule that does nothing here (\`no-debugger\`): with no rule at all ESLint skips
  part of its traversal, and any single rule (\`no-debugger\` included) then costs about 20% over it on this machine.
  Every configuration compared includes \`no-debugger\`, so the ratios measure the plugin's rules alone.
- Rule time is ESLint's per-rule time (\`stats: true\`, the numbers \`TIMING=all\` prints): the time in a rule's listeners.
  ESLint matches a rule's selectors in its traverser, outside that time, so the selector's real cost shows in the
  CPU-time row below it as well (the difference of the medians over the floor: noise-level when small).
- Times are CPU time (user + system) of the linting process, less sensitive than wall time to other load on the
  machine; with a load average above 0 at start, expect a few percent of noise all the same.
- The selector rule used for comparison (\`no-restricted-syntax\`):
${RESTRICTED_SELECTORS.map((s) => `  - \`${s}\``).join("\n")}
`;
  fs.writeFileSync(path.join(BENCH, "RESULTS.md"), md);
  console.log(table.join("\n"));
  console.log(`\n${machine.join("\n")}\nwritten to bench/RESULTS.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
