/** The SARIF output of the CLI, through `@microsoft/eslint-formatter-sarif` (a dependency of this package). */
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
  // Loaded only when --format sarif is asked for.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const formatter = require("@microsoft/eslint-formatter-sarif") as Formatter;
  return formatter(results, { cwd, rulesMeta: rulesMetaOf(results) });
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
