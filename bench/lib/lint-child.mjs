/**
 * One measured lint in a fresh process (for peak memory and typed linting): argv[2] is a JSON job
 * { kind, files, typed? }. Prints { ms (CPU), reports, maxRssKb, heapUsedKb } as JSON on stdout.
 */
import { ESLint } from "eslint";

import { config } from "./configs.mjs";
import { ROOT } from "./library-files.mjs";

const job = JSON.parse(process.argv[2]);
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config(job.kind, { typed: job.typed }), cache: false });
const cpu0 = process.cpuUsage();
const results = await eslint.lintFiles(job.files);
const cpu = process.cpuUsage(cpu0);
const ms = (cpu.user + cpu.system) / 1000;
const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal || (m.ruleId === null && /ignored/i.test(m.message))).map((m) => `${r.filePath}: ${m.message}`));
if (fatal.length) {
  console.error(fatal.slice(0, 5).join("\n"));
  process.exit(3);
}
const reports = results.reduce((s, r) => s + r.messages.filter((m) => m.ruleId).length, 0);
const usage = process.resourceUsage();
console.log(JSON.stringify({ ms, reports, maxRssKb: usage.maxRSS, heapUsedKb: Math.round(process.memoryUsage().heapUsed / 1024) }));
