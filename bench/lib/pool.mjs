/**
 * A small pool of lint-worker child processes fed batches from one queue; a worker that dies takes only its
 * batch with it (each file of that batch is counted as a crash) and is replaced.
 */
import { fork } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "lint-worker.mjs");

export function defaultJobs() {
  return Math.max(1, Math.min(Number(process.env.CORPUS_JOBS) || os.availableParallelism(), 8));
}

/** Runs `task` over `files` ([{ file, virtual? }]) in `jobs` processes; resolves to results in input order. */
export async function runPool(task, files, { jobs = defaultJobs(), batch = 100, onProgress } = {}) {
  const batches = [];
  for (let i = 0; i < files.length; i += batch) batches.push({ id: batches.length, files: files.slice(i, i + batch) });
  const results = new Array(batches.length);
  let next = 0;
  let done = 0;

  const runWorker = () =>
    new Promise((resolve) => {
      const child = fork(WORKER, [], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: ["--stack-size=4000"] });
      let current = null;
      const feed = () => {
        if (next >= batches.length) {
          current = null;
          child.disconnect();
          return;
        }
        current = batches[next++];
        child.send({ id: current.id, task, files: current.files });
      };
      child.on("message", (msg) => {
        if (msg.ready) return feed();
        results[msg.id] = msg.results;
        done += msg.results.length;
        onProgress?.(done, files.length);
        feed();
      });
      child.on("exit", (code, signal) => {
        if (current) {
          // The process died inside a batch: count its files as crashes, and go on with a fresh worker.
          results[current.id] = current.files.map((f) => ({ file: f.file, crash: `worker died (${signal ?? code})` }));
          done += current.files.length;
          runWorker().then(resolve);
        } else resolve();
      });
    });

  await Promise.all(Array.from({ length: Math.min(jobs, batches.length) }, runWorker));
  return results.flat();
}
