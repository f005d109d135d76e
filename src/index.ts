/**
 * eslint-plugin-twilio-webhooks: the plugin object (meta, rules, configs).
 * CommonJS `require()` gets this object; ESM `import` gets it as the default export (dist/index.mjs).
 */
import type { TSESLint } from "@typescript-eslint/utils";

import requireWebhookEnabled from "../rules/require-webhook-enabled";
import requireWebhookHeader from "../rules/require-webhook-header";
import validWebhookEnabledValue from "../rules/valid-webhook-enabled-value";

import { packageInfo } from "./package-info";

const pkg = packageInfo();

const rules = {
  "require-webhook-enabled": requireWebhookEnabled,
  "require-webhook-header": requireWebhookHeader,
  "valid-webhook-enabled-value": validWebhookEnabledValue,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

type RuleName = keyof typeof rules;
const NAMESPACE = "twilio-webhooks";

const recommendedRules = Object.fromEntries(
  (Object.keys(rules) as RuleName[])
    .filter((name) => rules[name].meta.docs?.recommended)
    .map((name) => [`${NAMESPACE}/${name}`, "error"] as const),
);

interface Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: {
    recommended: TSESLint.FlatConfig.Config;
    "legacy-recommended": TSESLint.ClassicConfig.Config;
  };
}

const plugin: Plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: NAMESPACE },
  rules,
  configs: {} as Plugin["configs"],
};

// The one cast between typescript-eslint's rule types and ESLint's plugin type lives here (typescript-eslint#11543).
plugin.configs.recommended = {
  name: `${NAMESPACE}/recommended`,
  plugins: { [NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: recommendedRules,
};
plugin.configs["legacy-recommended"] = {
  plugins: [NAMESPACE],
  rules: recommendedRules,
};

export = plugin;
