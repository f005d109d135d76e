// Typed and untyped runs agree wherever the syntactic analysis reaches: the same snippets, linted both ways.
import * as tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import path from "node:path";
import { describe, expect, it } from "vitest";

import plugin from "../../src/index";
import { found, silent } from "../cases/shapes";
import { reportLines } from "../lint";

const FIXTURES = path.join(__dirname, "..", "fixtures", "typed");
const typed = new ESLint({
  cwd: FIXTURES,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ["**/*.ts"],
      plugins: { "twilio-webhooks": plugin as never },
      languageOptions: { parser: tsParser as never, parserOptions: { projectService: true, tsconfigRootDir: FIXTURES } },
      rules: { "twilio-webhooks/require-webhook-enabled": "error" },
    },
  ],
});

/** Declarations that give the snippets' free names a type (any), as the untyped run sees them: unknown. */
const PRELUDE = "declare const client: any, twilio: any, context: any, sid: any, token: any, fake: any, Twilio: any;\n";

/** The same names with twilio's real types: the checker sees everything, so it may only add findings. */
const TWILIO_PRELUDE =
  'import twilio, { Twilio } from "twilio"; const client = twilio("AC", "x"); declare const context: { getTwilioClient(): Twilio }; declare const sid: string, token: string, fake: any;\n';

async function typedLines(code: string, prelude = PRELUDE): Promise<number[]> {
  const [result] = await typed.lintText(prelude + code, { filePath: path.join(FIXTURES, "file.ts") });
  const fatal = result!.messages.find((m) => m.fatal || !m.ruleId);
  if (fatal) throw new Error(`not linted: ${fatal.message}`);
  return result!.messages.map((m) => m.line - 1);
}

describe("typed and untyped runs agree", () => {
  it.each(found.map((f) => f.code))("finds the same: %s", async (code) => {
    expect(await typedLines(code)).toEqual(reportLines(code));
  });
  it.each(found.map((f) => f.code))("with twilio's types, loses none: %s", async (code) => {
    expect(await typedLines(code, TWILIO_PRELUDE)).toEqual(expect.arrayContaining(reportLines(code)));
  });
  it.each(silent)("stays silent alike: %s", async (code) => {
    expect(await typedLines(code)).toEqual([]);
  });
});
