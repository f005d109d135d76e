/**
 * The SARIF output of the CLI, through `@microsoft/eslint-formatter-sarif`: an optional peer dependency (it brings an
 * ESLint 8 of its own), needed only by those who ask for `--format sarif`.
 */
import type { ESLint } from "eslint";

import { isPluginRule } from "./cli-config";
import plugin from "./index";

type Formatter = (results: ESLint.LintResult[], data: ESLint.LintResultData) => string;

/**
 * SARIF 2.1.0 for the results. The formatter takes each rule's `helpUri` and description from `rulesMeta`; ESLint's
 * `loadFormatter` would fill that in with `getRulesMetaForResults`, which knows only the files of one ESLint
 * instance, while the CLI lints each path it is given with an instance of its own. So the meta comes from the plugin.
 */
export function formatSarif(results: ESLint.LintResult[], cwd: string): string {
  return sarifFormatter()(results, { cwd, rulesMeta: rulesMetaOf(results) });
}

export const SARIF_FORMATTER = "@microsoft/eslint-formatter-sarif";

/** Raised when `--format sarif` is asked for and the optional formatter is not installed. */
export class FormatterUnavailableError extends Error {}

export function sarifFormatter(): Formatter {
  try {
    // Loaded only when --format sarif is asked for.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(SARIF_FORMATTER) as Formatter;
  } catch (error) {
    if ((error as { code?: string }).code !== "MODULE_NOT_FOUND") throw error;
    throw new FormatterUnavailableError(`--format sarif needs ${SARIF_FORMATTER}: npm install --save-dev ${SARIF_FORMATTER}`);
  }
}

/** The meta of every plugin rule that has a message in `results`, by rule id. */
function rulesMetaOf(results: ESLint.LintResult[]): ESLint.LintResultData["rulesMeta"] {
  const rules = plugin.rules as unknown as Record<string, { meta: ESLint.LintResultData["rulesMeta"][string] }>;
  const meta: ESLint.LintResultData["rulesMeta"] = {};
  for (const { ruleId } of results.flatMap((r) => [...r.messages, ...r.suppressedMessages])) {
    if (!isPluginRule(ruleId)) continue;
    const rule = rules[ruleId!.slice(plugin.meta.namespace.length + 1)];
    if (rule) meta[ruleId!] = rule.meta;
  }
  return meta;
}
