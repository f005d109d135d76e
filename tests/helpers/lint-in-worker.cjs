// Lints workerData.code in a worker thread (whose stack size the caller sets), with or without the plugin's rules.
const { parentPort, workerData } = require("node:worker_threads");
const path = require("node:path");
const { Linter } = require("eslint");
const tsParser = require("@typescript-eslint/parser");
const plugin = require(path.join(__dirname, "..", "..", "dist", "src", "index.js"));

const linter = new Linter({ configType: "flat" });
const config = {
  files: ["**/*.ts"],
  languageOptions: { parser: tsParser },
  ...(workerData.withRules ? plugin.configs.recommended : {}),
};
try {
  const messages = linter.verify(workerData.code, [config], path.resolve("deep.ts"));
  parentPort.postMessage({ ok: true, messages: messages.map((m) => ({ ruleId: m.ruleId, line: m.line, fatal: !!m.fatal, message: m.message })) });
} catch (e) {
  parentPort.postMessage({ ok: false, error: String(e && e.message) });
}
