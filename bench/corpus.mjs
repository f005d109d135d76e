#!/usr/bin/env node
/**
 * `npm run corpus`: the plugin on code nobody here wrote, and --fix soundness on the synthetic app corpus.
 *
 * 1. Installs bench/corpus (its lock file) when missing, builds the plugin.
 * 2. Lints every library file (see lib/library-files.mjs) with every rule of the plugin, untyped,
 *    @typescript-eslint/parser, file by file in child processes: an exception is counted against its file.
 *    Expected: 0 crashes, 0 reports (each report is listed otherwise).
 * 3. Lints the synthetic corpus (1×, JS and TS) and compares each file's report count with the generator's.
 * 4. --fix (require-webhook-enabled with `autofix: true`) on a temporary copy of the synthetic corpus: every fixed file
 *    parses, a second pass changes nothing, and no fixable report is left.
 * Prints one summary line; exits non-zero on any failure.
 *
 *   node bench/corpus.mjs [--no-build] [--sample N]   (--sample N: every Nth library file, for a quick look)
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { BENCH, CORPUS, listLibraryFiles, packageOf, ROOT, virtualPath } from "./lib/library-files.mjs";
import { defaultJobs, runPool } from "./lib/pool.mjs";
import { writeCorpus } from "./synthetic.mjs";

const args = process.argv.slice(2);
const sample = Number(args[args.indexOf("--sample") + 1]) || 1;
const started = Date.now();
const log = (msg) => process.stderr.write(`[corpus ${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}\n`);

export function ensureCorpusInstalled() {
  if (fs.existsSync(path.join(CORPUS, "node_modules", ".package-lock.json"))) return;
  log("installing bench/corpus (npm ci)…");
  execSync("npm ci --prefix bench/corpus --ignore-scripts --no-audit --no-fund", { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

async function main() {
  if (!args.includes("--no-build")) {
    log("building the plugin…");
    execSync("npm run build --silent", { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  }
  ensureCorpusInstalled();
  const failures = [];
  const jobs = defaultJobs();

  // Library corpus.
  const listed = listLibraryFiles();
  const library = listed.files.filter((_, i) => i % sample === 0).map((f) => ({ file: f.file, virtual: virtualPath(f.file) }));
  const packages = new Set(library.map((f) => packageOf(f.file)));
  log(`library: ${library.length} files from ${packages.size} packages (${jobs} processes; left out: ${JSON.stringify(listed.skipped)})`);
  let lastShown = 0;
  const libResults = await runPool("lint", library, {
    jobs,
    onProgress: (done, total) => {
      if (done - lastShown >= 2000 || done === total) {
        lastShown = done;
        log(`  ${done}/${total}`);
      }
    },
  });
  const crashes = libResults.filter((r) => r.crash);
  const unparsed = libResults.filter((r) => r.unparsed);
  const libReports = libResults.flatMap((r) => (r.reports ?? []).map((m) => ({ file: r.file, ...m })));
  for (const c of crashes) failures.push(`CRASH ${path.relative(ROOT, c.file)}\n  ${c.crash.replace(/\n/g, "\n  ")}`);
  for (const m of libReports) failures.push(`LIBRARY REPORT ${path.relative(ROOT, m.file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);

  // Synthetic corpus: 1× as JS and as TS, linted untyped.
  const synthDir = path.join(BENCH, "out", "corpus-synthetic");
  fs.rmSync(synthDir, { recursive: true, force: true });
  const expected = new Map();
  for (const ts of [false, true]) {
    const dir = path.join(synthDir, ts ? "ts" : "js");
    writeCorpus(dir, { scale: 1, ts });
    const exp = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8"));
    for (const [rel, e] of Object.entries(exp)) expected.set(path.join(dir, rel), typeof e === "number" ? e : e.expected);
  }
  const synthFiles = [...expected.keys()].map((file) => ({ file }));
  log(`synthetic: ${synthFiles.length} files`);
  const synthResults = await runPool("lint", synthFiles, { jobs, batch: 25 });
  let synthExpected = 0;
  let synthFound = 0;
  let mismatched = 0;
  for (const r of synthResults) {
    const want = expected.get(r.file);
    const got = r.reports?.length ?? 0;
    synthExpected += want;
    synthFound += got;
    if (r.crash) failures.push(`CRASH ${path.relative(ROOT, r.file)}\n  ${r.crash.replace(/\n/g, "\n  ")}`);
    else if (r.unparsed) failures.push(`SYNTHETIC UNPARSED ${path.relative(ROOT, r.file)}: ${r.unparsed}`);
    else if (got !== want) {
      mismatched++;
      const lines = r.reports.map((m) => `${m.line}:${m.ruleId?.split("/")[1]}`).join(" ");
      failures.push(`SYNTHETIC ${path.relative(ROOT, r.file)}: expected ${want}, found ${got} [${lines}]`);
    }
  }
  const synthCrashes = synthResults.filter((r) => r.crash).length;

  // --fix on a temporary copy; linted under the copy's stand-in path inside the project (ESLint's base path).
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "twilio-webhooks-fix-"));
  fs.cpSync(synthDir, tmp, { recursive: true });
  const fixFiles = [...expected.keys()].map((file) => {
    const rel = path.relative(synthDir, file);
    return { file: path.join(tmp, rel), virtual: path.join(ROOT, "corpus-fix", rel) };
  });
  log(`fix: ${fixFiles.length} files in ${tmp}`);
  const fixResults = await runPool("fix", fixFiles, { jobs, batch: 25 });
  const fixed = fixResults.filter((r) => r.fixed).length;
  const broken = fixResults.filter((r) => r.broken);
  const unstable = fixResults.filter((r) => r.unstable);
  const fixableLeft = fixResults.reduce((s, r) => s + (r.fixableLeft ?? 0), 0);
  const leftAfterFix = fixResults.reduce((s, r) => s + (r.left ?? 0), 0);
  const fixCrashes = fixResults.filter((r) => r.crash);
  for (const r of fixCrashes) failures.push(`FIX CRASH ${r.file}\n  ${r.crash.replace(/\n/g, "\n  ")}`);
  for (const r of broken) failures.push(`FIX BROKE ${r.file}: ${r.broken}`);
  for (const r of unstable) failures.push(`FIX UNSTABLE ${r.file}: a second --fix pass changed it`);
  for (const r of fixResults.filter((x) => x.fixableLeft)) failures.push(`FIX LEFT ${r.file}: ${r.fixableLeft} fixable report(s) after --fix`);
  if (!failures.length) fs.rmSync(tmp, { recursive: true, force: true });

  const crashTotal = crashes.length + synthCrashes + fixCrashes.length;
  if (synthFound !== synthExpected && mismatched === 0) failures.push(`SYNTHETIC totals differ: expected ${synthExpected}, found ${synthFound}`);
  for (const f of failures.slice(0, 200)) console.error(f);
  if (failures.length > 200) console.error(`… and ${failures.length - 200} more`);
  const ok = failures.length === 0;
  console.log(
    `corpus: library files ${library.length} (${packages.size} packages, ${unparsed.length} not parseable), crashes ${crashTotal}, ` +
      `library reports ${libReports.length}; synthetic files ${synthFiles.length} expected ${synthExpected} found ${synthFound} ` +
      `(files off ${mismatched}); fix: fixed files ${fixed}, broken ${broken.length}, unstable ${unstable.length}, ` +
      `fixable left ${fixableLeft} (non-fixable left ${leftAfterFix}); ${((Date.now() - started) / 1000).toFixed(0)}s — ${ok ? "OK" : "FAILED"}`,
  );
  if (unparsed.length) log(`not parseable by @typescript-eslint/parser (not counted as crashes): ${unparsed.slice(0, 5).map((u) => `${path.relative(CORPUS, u.file)} ${u.unparsed}`).join("; ")}${unparsed.length > 5 ? " …" : ""}`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
