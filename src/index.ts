/**
 * eslint-plugin-twilio-webhooks: the plugin object (meta, rules, configs).
 * CommonJS `require()` gets this object; ESM `import` gets it as the default export (dist/src/index.mjs).
 *
 * Its declared type is ESLint's own (`ESLint.Plugin`, `Linter.Config`, `Linter.LegacyConfig`), so `defineConfig`,
 * `Linter.Config[]` and typescript-eslint's `config()` take it without a cast (tests/types/eslint.config.ts).
 */
import type { TSESLint } from "@typescript-eslint/utils";
import type { ESLint, Linter, Rule } from "eslint";

import requireWebhookEnabled from "../rules/require-webhook-enabled";
import requireWebhookHeader from "../rules/require-webhook-header";
import validWebhookEnabledValue from "../rules/valid-webhook-enabled-value";

import { packageInfo } from "./package-info";

const pkg = packageInfo();

const typedRules = {
  "require-webhook-enabled": requireWebhookEnabled,
  "require-webhook-header": requireWebhookHeader,
  "valid-webhook-enabled-value": validWebhookEnabledValue,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

type RuleName = keyof typeof typedRules;

// The one cast between typescript-eslint's rule types and ESLint's (typescript-eslint#11543): the rules are ESLint
// rules at run time, but `TSESLint.RuleModule` does not type-check as ESLint 10's `Rule.RuleModule`.
const rules = typedRules as unknown as Record<RuleName, Rule.RuleModule>;

const NAMESPACE = "twilio-webhooks";

const recommendedRules: Linter.RulesRecord = Object.fromEntries(
  (Object.keys(typedRules) as RuleName[])
    .filter((name) => typedRules[name].meta.docs?.recommended)
    .map((name) => [`${NAMESPACE}/${name}`, "error"] as const),
);

interface Plugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: {
    /** Flat config (ESLint 9 and 10): the plugin and every recommended rule as an error. */
    recommended: Linter.Config;
    /** eslintrc (ESLint 8.57, and ESLint 9 with ESLINT_USE_FLAT_CONFIG=false): `extends: ["plugin:twilio-webhooks/legacy-recommended"]`. */
    "legacy-recommended": Linter.LegacyConfig;
  };
}

/** Filled in below: the recommended config names the plugin that contains it. */
const recommendedPlugins: Record<string, ESLint.Plugin> = {};

const plugin: Plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: NAMESPACE },
  rules,
  configs: {
    recommended: { name: `${NAMESPACE}/recommended`, plugins: recommendedPlugins, rules: recommendedRules },
    "legacy-recommended": { plugins: [NAMESPACE], rules: recommendedRules },
  },
};
recommendedPlugins[NAMESPACE] = plugin;

export = plugin;
