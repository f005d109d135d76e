/** The flat config the zero-config CLI lints with: the plugin's recommended config on every JS and TS file. */
import type { Linter } from "eslint";

import plugin from "./index";

export const JS_FILES = ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx"];
export const TS_FILES = ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"];

/** Rules of the recommended config that take `autofix`: `--fix` turns it on for each (`rule: ["error", { autofix: true }]`). */
function autofixRules(): Linter.RulesRecord {
  const recommended = plugin.configs.recommended.rules ?? {};
  const entries = Object.entries(plugin.rules as Record<string, { meta: { schema?: unknown } }>)
    .filter(([name, rule]) => `${plugin.meta.namespace}/${name}` in recommended && takesAutofix(rule.meta.schema))
    .map(([name]): [string, Linter.RuleEntry] => [`${plugin.meta.namespace}/${name}`, ["error", { autofix: true }]]);
  return Object.fromEntries(entries);
}

function takesAutofix(schema: unknown): boolean {
  const first = Array.isArray(schema) ? (schema[0] as { properties?: Record<string, unknown> } | undefined) : undefined;
  return !!first?.properties && "autofix" in first.properties;
}

export interface AuditConfigOptions {
  /** Also turn the "enable webhooks" suggestions into fixes (`autofix: true` on every rule that has the option). */
  fix: boolean;
  /** `@typescript-eslint/parser`, or `undefined` to skip TS files. */
  tsParser: Linter.Parser | undefined;
  /** Global ignore patterns, relative to the audited folder. */
  ignores: readonly string[];
  /** The folder whose tsconfig files the project service uses; unset: no type information. */
  typedRoot?: string;
  /** Parse JS files as CommonJS scripts (sloppy mode, `package` as a name, octal escapes) instead of ESLint's modules. */
  commonjs?: boolean;
}

export function auditConfig({ fix, tsParser, ignores, typedRoot, commonjs }: AuditConfigOptions): Linter.Config[] {
  // typescript-eslint's config type and ESLint's differ only in the rule types (typescript-eslint#11543).
  const recommended = plugin.configs.recommended;
  const files = tsParser ? [...JS_FILES, ...TS_FILES] : JS_FILES;
  const configs: Linter.Config[] = [
    { name: "twilio-webhooks-lint/ignores", ignores: [...ignores, ...(tsParser ? [] : TS_FILES)] },
    {
      name: "twilio-webhooks-lint/javascript",
      files: JS_FILES,
      languageOptions: {
        ecmaVersion: "latest",
        ...(commonjs ? { sourceType: "commonjs" as const } : {}),
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    },
  ];
  if (tsParser) {
    configs.push({
      name: "twilio-webhooks-lint/typescript",
      // With --typed, JS files go through the project service too, where a tsconfig includes them (allowJs).
      files: typedRoot ? [...TS_FILES, ...JS_FILES] : TS_FILES,
      languageOptions: {
        parser: tsParser,
        ...(typedRoot ? { parserOptions: { projectService: true, tsconfigRootDir: typedRoot } } : {}),
      },
    });
  }
  configs.push({ ...recommended, files });
  if (fix) configs.push({ name: "twilio-webhooks-lint/fix", files, rules: autofixRules() });
  // Other tools' disable comments in audited code are none of this audit's business.
  configs.push({ name: "twilio-webhooks-lint/linter", files, linterOptions: { reportUnusedDisableDirectives: false } });
  return configs;
}

/** The rules this CLI reports; any other message ESLint produces (inline config for unknown rules…) is dropped. */
export function isPluginRule(ruleId: string | null): boolean {
  return ruleId !== null && ruleId.startsWith(`${plugin.meta.namespace}/`);
}
