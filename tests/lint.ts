// Lints a snippet with the plugin's rules through ESLint's own Linter, for tests that assert where reports land.
import * as tsParser from "@typescript-eslint/parser";
import path from "node:path";
import { Linter } from "eslint";

import plugin from "../src/index";

const linter = new Linter({ configType: "flat" });

export function lint(code: string, rules: Record<string, unknown> = { "twilio-webhooks/require-webhook-enabled": "error" }, filename = "file.ts") {
  return linter.verify(
    code,
    [
      {
        files: ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"],
        plugins: { "twilio-webhooks": plugin as never },
        languageOptions: { parser: tsParser as never },
        rules: rules as Linter.RulesRecord,
      },
    ],
    path.resolve(filename),
  );
}

/** Lines of the reports (fatal parse errors throw, so a broken snippet never passes as "no report"). */
export function reportLines(code: string, rules?: Record<string, unknown>): number[] {
  const messages = lint(code, rules);
  const fatal = messages.find((m) => m.fatal || !m.ruleId);
  if (fatal) throw new Error(`not linted: ${fatal.message}`);
  return messages.map((m) => m.line);
}
