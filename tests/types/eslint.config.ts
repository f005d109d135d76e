// A user's eslint.config.ts in a CommonJS package: the plugin's types come through the "require" condition
// (dist/src/index.d.ts). Compiled by tests/types.test.ts with `tsc --noEmit`; no cast is needed anywhere.
import { defineConfig } from "eslint/config";
import twilioWebhooks from "eslint-plugin-twilio-webhooks";

export default defineConfig([twilioWebhooks.configs.recommended, { plugins: { "twilio-webhooks": twilioWebhooks } }]);

// The import is typed, not `any`: a config that does not exist is an error.
// @ts-expect-error -- there is no "strict" config
void twilioWebhooks.configs.strict;
