// The same as an ES module: the plugin's types come through the "import" condition (dist/src/index.d.mts). With the
// usual neighbours: typescript-eslint's configs, `extends`, rule options, ESLint's own config types.
import type { ESLint, Linter } from "eslint";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import twilioWebhooks from "eslint-plugin-twilio-webhooks";

const plugin: ESLint.Plugin = twilioWebhooks;
const recommended: Linter.Config = twilioWebhooks.configs.recommended;
const legacy: Linter.LegacyConfig = twilioWebhooks.configs["legacy-recommended"];
const flat: Linter.Config[] = [twilioWebhooks.configs.recommended];

export default defineConfig([
  tseslint.configs.recommended,
  twilioWebhooks.configs.recommended,
  { plugins: { "twilio-webhooks": twilioWebhooks } },
  {
    files: ["src/**/*.ts"],
    extends: [twilioWebhooks.configs.recommended],
    rules: { "twilio-webhooks/require-webhook-enabled": ["error", { autofix: true }] },
  },
]);
export { flat, legacy, plugin, recommended };

// The import is typed, not `any`: the rules are the plugin's own names, and the eslintrc config is not a flat one.
// @ts-expect-error -- no such rule
void twilioWebhooks.rules["no-such-rule"];
// @ts-expect-error -- legacy-recommended names its plugin as a string, which flat config does not accept
defineConfig([twilioWebhooks.configs["legacy-recommended"]]);
