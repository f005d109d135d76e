// What an editor shows: the VS Code ESLint extension lints the open buffer with `ESLint#lintText` and turns each
// message's `suggestions` into quick fixes. This test makes the same call with a user's flat config (the TS parser,
// then the plugin's recommended config) and applies each suggestion the way the extension does: one text edit.
import { join } from "node:path";

import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";

import plugin from "../src/index";

const CWD = join(__dirname, "fixtures");
const FILE = join(CWD, "editor", "greet.ts");
const RULE = "twilio-webhooks/require-webhook-enabled";

const BUFFER = [
  'import twilio from "twilio";',
  "",
  "const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);",
  "",
  "export async function greet(conversationSid: string, body: string): Promise<void> {",
  '  await client.conversations.v1.conversations(conversationSid).messages.create({ author: "assistant", body });',
  "}",
  "",
].join("\n");

function editorESLint(): ESLint {
  return new ESLint({
    cwd: CWD,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], languageOptions: { parser: tsParser as Linter.Parser } },
      plugin.configs.recommended as unknown as Linter.Config,
    ],
  });
}

async function lintBuffer(text: string): Promise<Linter.LintMessage[]> {
  const [result] = await editorESLint().lintText(text, { filePath: FILE });
  return result!.messages;
}

/** The quick fix as the extension applies it: replace the range with the text. */
function apply(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

describe("editor quick fixes (ESLint#lintText, as the VS Code extension calls it)", () => {
  it("reports the forgotten option with two suggestions: enable and disable, exact texts and ranges", async () => {
    const messages = await lintBuffer(BUFFER);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    // The squiggle: under `create` on line 6.
    expect(message).toMatchObject({ ruleId: RULE, severity: 2, messageId: "missingOption", line: 6, column: 73, endLine: 6, endColumn: 79 });
    expect(message!.fix).toBeUndefined();
    const at = BUFFER.indexOf(" body });") + " body".length;
    expect(message!.suggestions).toEqual([
      {
        messageId: "enableWebhooks",
        desc: 'Add `xTwilioWebhookEnabled: "true"` (fire the webhooks for this call).',
        fix: { range: [at, at], text: ', xTwilioWebhookEnabled: "true"' },
      },
      {
        messageId: "disableWebhooks",
        desc: 'Add `xTwilioWebhookEnabled: "false"` (opt out of the webhooks on purpose).',
        fix: { range: [at, at], text: ', xTwilioWebhookEnabled: "false"' },
      },
    ]);
  });

  it.each([
    ["enableWebhooks", '"true"'],
    ["disableWebhooks", '"false"'],
  ])("applying %s gives code that parses and leaves no report", async (messageId, value) => {
    const [message] = await lintBuffer(BUFFER);
    const suggestion = message!.suggestions!.find((s) => s.messageId === messageId)!;
    const fixed = apply(BUFFER, suggestion.fix);
    expect(fixed.split("\n")[5]).toBe(
      `  await client.conversations.v1.conversations(conversationSid).messages.create({ author: "assistant", body, xTwilioWebhookEnabled: ${value} });`,
    );
    expect(() => tsParser.parse(fixed, { filePath: FILE, sourceType: "module" })).not.toThrow();
    expect(await lintBuffer(fixed)).toEqual([]);
  });
});
