/** The flat config the zero-config CLI lints with: the plugin's recommended config on every JS and TS file. */
import type { Linter } from "eslint";

import plugin from "./index";

export const JS_FILES = ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx"];
export const TS_FILES = ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"];

const REQUIRE_WEBHOOK_ENABLED = `${plugin.meta.namespace}/require-webhook-enabled`;

export interface AuditConfigOptions {
  /** Also turn the "enable webhooks" suggestion into a fix (`autofix: true`). */
  fix: boolean;
  /** `@typescript-eslint/parser`, or `undefined` to skip TS files. */
  tsParser: Linter.Parser | undefined;
  /** Global ignore patterns, relative to the audited folder. */
  ignores: readonly string[];
}

export function auditConfig({ fix, tsParser, ignores }: AuditConfigOptions): Linter.Config[] {
  // typescript-eslint's config type and ESLint's differ only in the rule types (typescript-eslint#11543).
  const recommended = plugin.configs.recommended as unknown as Linter.Config;
  const files = tsParser ? [...JS_FILES, ...TS_FILES] : JS_FILES;
  const configs: Linter.Config[] = [
    { name: "twilio-webhooks-lint/ignores", ignores: [...ignores, ...(tsParser ? [] : TS_FILES)] },
    {
      name: "twilio-webhooks-lint/javascript",
      files: JS_FILES,
      languageOptions: { ecmaVersion: "latest", parserOptions: { ecmaFeatures: { jsx: true } } },
    },
  ];
  if (tsParser) configs.push({ name: "twilio-webhooks-lint/typescript", files: TS_FILES, languageOptions: { parser: tsParser } });
  configs.push({ ...recommended, files });
  if (fix) configs.push({ name: "twilio-webhooks-lint/fix", files, rules: { [REQUIRE_WEBHOOK_ENABLED]: ["error", { autofix: true }] } });
  // Other tools' disable comments in audited code are none of this audit's business.
  configs.push({ name: "twilio-webhooks-lint/linter", files, linterOptions: { reportUnusedDisableDirectives: false } });
  return configs;
}

/** The rules this CLI reports; any other message ESLint produces (inline config for unknown rules…) is dropped. */
export function isPluginRule(ruleId: string | null): boolean {
  return ruleId !== null && ruleId.startsWith(`${plugin.meta.namespace}/`);
}
