/**
 * The ESLint configurations the benchmark compares; all use @typescript-eslint/parser on every file.
 *   floor        parse, scope analysis and traversal only: one core rule that does nothing on this code
 *                (no-debugger); with no rule at all, ESLint skips part of its traversal work and the floor would
 *                understate what any one rule costs
 *   recommended  the plugin's configs.recommended
 *   selector     what a team would write without the plugin: no-restricted-syntax on create/update/remove of
 *                messages/participants/conversations/channels/members/users without the key
 */
import { createRequire } from "node:module";
import path from "node:path";

import * as tsParser from "@typescript-eslint/parser";

import { ROOT } from "./library-files.mjs";

const require = createRequire(import.meta.url);
export const plugin = require(path.join(ROOT, "dist/src/index.js"));

const FILES = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"];
const METHODS = "/^(?:create|update|remove)$/";
const RESOURCES = "/^(?:messages|participants|conversations|channels|members|users)$/";
const NO_KEY = ':not(:has(Property[key.name="xTwilioWebhookEnabled"]))';

export const RESTRICTED_SELECTORS = [
  // list.create(…), ctx.messages.create(…)
  `CallExpression[callee.property.name=${METHODS}][callee.object.property.name=${RESOURCES}]${NO_KEY}`,
  // list(sid).update(…), conversations(sid).remove()
  `CallExpression[callee.property.name=${METHODS}][callee.object.callee.property.name=${RESOURCES}]${NO_KEY}`,
];

/** `typed`: { tsconfigRootDir } to lint with type information (projectService). */
export function config(kind, { typed } = {}) {
  const base = {
    files: FILES,
    languageOptions: {
      parser: tsParser,
      ...(typed ? { parserOptions: { projectService: true, tsconfigRootDir: typed.tsconfigRootDir } } : {}),
    },
    // Library code carries eslint-disable comments for rules not loaded here: ignore them, in every configuration.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off", reportUnusedInlineConfigs: "off" },
  };
  // The library corpus lives in node_modules, which ESLint ignores by default.
  const unignore = { ignores: ["!**/node_modules/"] };
  switch (kind) {
    case "floor":
      return [unignore, base, { rules: { "no-debugger": "error" } }];
    case "recommended":
      return [unignore, base, { rules: { "no-debugger": "error" } }, plugin.configs.recommended];
    case "selector":
      return [
        unignore,
        base,
        {
          rules: {
            "no-debugger": "error",
            "no-restricted-syntax": [
              "error",
              ...RESTRICTED_SELECTORS.map((selector) => ({ selector, message: "Pass xTwilioWebhookEnabled." })),
            ],
          },
        },
      ];
    default:
      throw new Error(`unknown config ${kind}`);
  }
}

/** Rule ids whose time counts as "ours" / "the selector's" in ESLint's per-rule stats. */
export const RULES_OF = {
  recommended: Object.keys(plugin.configs.recommended.rules),
  selector: ["no-restricted-syntax"],
  floor: [],
};
