/**
 * A child process of bench/corpus.mjs: lints batches of files with ESLint's Linter, file by file, so that an
 * exception in one file is counted against that file and the run goes on.
 *
 * Messages in: { id, task: "lint" | "fix", files: [{ file, virtual? }] }. Out: { id, results: [...] }.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const plugin = require(path.join(root, "dist/src/index.js"));
const NS = plugin.meta.namespace;

const FILES = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"];
const linter = new Linter({ configType: "flat", cwd: root });

/** Every rule of the plugin, at "error"; with `autofix`, require-webhook-enabled's enable edit is a --fix fix. */
function config(sourceType, { rules = true, autofix = false } = {}) {
  const ruleEntries = !rules
    ? {}
    : Object.fromEntries(
        Object.keys(plugin.rules).map((name) => [
          `${NS}/${name}`,
          autofix && name === "require-webhook-enabled" ? ["error", { autofix: true }] : "error",
        ]),
      );
  return [
    {
      files: FILES,
      plugins: { [NS]: plugin },
      languageOptions: { parser: tsParser, sourceType, ecmaVersion: "latest" },
      // Library code carries its own eslint-disable comments for rules that are not loaded here: ignore them.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" },
      rules: ruleEntries,
    },
  ];
}

const CONFIGS = {
  module: { lint: config("module"), fix: config("module", { autofix: true }), parse: config("module", { rules: false }) },
  commonjs: { lint: config("commonjs"), fix: config("commonjs", { autofix: true }), parse: config("commonjs", { rules: false }) },
};

const isFatal = (messages) => messages.find((m) => m.fatal);

/** Lints with module source type first (commonjs first for .cjs/.cts), then the other one if that does not parse. */
function verify(code, filename, kind) {
  const order = /\.c[jt]s$/.test(filename) ? ["commonjs", "module"] : ["module", "commonjs"];
  let messages;
  for (const sourceType of order) {
    messages = linter.verify(code, CONFIGS[sourceType][kind], { filename });
    if (!isFatal(messages)) return { messages, sourceType };
  }
  return { messages, sourceType: order[0] };
}

function lintOne({ file, virtual }) {
  const start = performance.now();
  const out = lintOneInner({ file, virtual });
  out.ms = Math.round(performance.now() - start);
  return out;
}

function lintOneInner({ file, virtual }) {
  const filename = virtual ?? file;
  let code;
  try {
    code = fs.readFileSync(file, "utf8");
  } catch (e) {
    return { file, crash: `read: ${e.message}` };
  }
  try {
    const { messages } = verify(code, filename, "lint");
    const fatal = isFatal(messages);
    if (fatal) return { file, unparsed: `${fatal.line}:${fatal.column} ${fatal.message}` };
    return {
      file,
      // Notes without a rule (e.g. "inline config ignored") are ESLint's, not reports.
      reports: messages.filter((m) => m.ruleId).map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column, message: m.message, fixable: !!m.fix })),
    };
  } catch (e) {
    return { file, crash: String(e?.stack ?? e).split("\n").slice(0, 6).join("\n") };
  }
}

/** Fixes a file in place, then checks it parses, a second pass changes nothing, and no fixable report is left. */
function fixOne({ file, virtual }) {
  const filename = virtual ?? file;
  try {
    const original = fs.readFileSync(file, "utf8");
    const order = /\.c[jt]s$/.test(filename) ? "commonjs" : "module";
    const first = linter.verifyAndFix(original, CONFIGS[order].fix, { filename });
    const fixed = first.output !== original;
    if (fixed) fs.writeFileSync(file, first.output);
    const out = { file, fixed, broken: null, unstable: false, fixableLeft: 0, left: 0 };
    const parsed = linter.verify(first.output, CONFIGS[order].parse, { filename });
    const fatal = isFatal(parsed);
    if (fatal) {
      out.broken = `${fatal.line}:${fatal.column} ${fatal.message}`;
      return out;
    }
    const second = linter.verifyAndFix(first.output, CONFIGS[order].fix, { filename });
    out.unstable = second.output !== first.output;
    const after = linter.verify(first.output, CONFIGS[order].fix, { filename });
    out.fixableLeft = after.filter((m) => m.fix).length;
    out.left = after.filter((m) => m.ruleId).length;
    return out;
  } catch (e) {
    return { file, crash: String(e?.stack ?? e).split("\n").slice(0, 6).join("\n") };
  }
}

process.on("message", (msg) => {
  const fn = msg.task === "fix" ? fixOne : lintOne;
  const results = msg.files.map(fn);
  process.send({ id: msg.id, results });
});
process.send({ ready: true });
