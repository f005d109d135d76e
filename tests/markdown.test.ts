// Code blocks in Markdown (READMEs, runbooks): with @eslint/markdown's processor, ```js and ```ts blocks are linted
// as virtual files (`RUNBOOK.md/0.js`, `RUNBOOK.md/1.ts`), and reports come back at lines of the .md file.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import markdown from "@eslint/markdown";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";

import plugin from "../src/index";

const DIR = join(__dirname, "fixtures", "markdown");
const RUNBOOK = join(DIR, "RUNBOOK.md");

/** The config the README shows. */
const CONFIG: Linter.Config[] = [
  plugin.configs.recommended as unknown as Linter.Config,
  ...(markdown.configs.processor as Linter.Config[]),
  { files: ["**/*.md/*.ts"], languageOptions: { parser: tsParser as Linter.Parser } },
  { ...(plugin.configs.recommended as unknown as Linter.Config), files: ["**/*.md/*.{js,ts}"] },
];

function eslint(): ESLint {
  return new ESLint({ cwd: DIR, overrideConfigFile: true, overrideConfig: CONFIG });
}

describe("Markdown code blocks (@eslint/markdown processor)", () => {
  it("reports the forgotten option in a ```js block and a ```ts block at their lines of the .md file", async () => {
    const [result] = await eslint().lintFiles([RUNBOOK]);
    const lines = readFileSync(RUNBOOK, "utf8").split("\n");
    expect(result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      "9:84 twilio-webhooks/require-webhook-enabled",
      "22:6 twilio-webhooks/require-webhook-enabled",
    ]);
    // The reported columns point at the call's method name in the .md text itself.
    expect(lines[8]!.slice(83, 89)).toBe("create");
    expect(lines[21]!.slice(5, 11)).toBe("update");
    expect(result!.messages[0]!.message).toMatch(/^Conversations v1 › Message create is sent without the X-Twilio-Webhook-Enabled header/);
    expect(result!.messages[1]!.message).toMatch(/^Conversations v1 › Conversation update is sent without/);
  });

  it("maps suggestions back into the .md file: applying them leaves no report", async () => {
    const text = readFileSync(RUNBOOK, "utf8");
    const [result] = await eslint().lintFiles([RUNBOOK]);
    // Apply the "enable" suggestion of each report, last first so earlier offsets stay valid.
    const fixes = result!.messages.map((m) => m.suggestions!.find((s) => s.messageId === "enableWebhooks")!.fix);
    const fixed = fixes
      .sort((a, b) => b.range[0] - a.range[0])
      .reduce((t, f) => t.slice(0, f.range[0]) + f.text + t.slice(f.range[1]), text);
    expect(fixed.split("\n")[8]).toContain('body: "We are back.", xTwilioWebhookEnabled: "true" });');
    expect(fixed.split("\n")[21]).toBe('    .update({ state: "closed" as const, xTwilioWebhookEnabled: "true" });');
    const [again] = await eslint().lintText(fixed, { filePath: RUNBOOK });
    expect(again!.messages).toEqual([]);
  });

  it("gives nothing for a correct block, and ignores non-JS blocks", async () => {
    const correct = [
      "# Notes",
      "",
      "```js",
      'const client = require("twilio")();',
      'await client.conversations.v1.conversations("CH1").messages.create({ body: "hi", xTwilioWebhookEnabled: "false" });',
      "```",
      "",
      "```sh",
      "curl -X POST https://conversations.twilio.com/v1/Conversations/CH1/Messages -d Body=hi",
      "```",
      "",
    ].join("\n");
    const [result] = await eslint().lintText(correct, { filePath: join(DIR, "NOTES.md") });
    expect(result!.messages).toEqual([]);
    // The same block without the option is reported: the empty result above is not for want of linting.
    const [forgotten] = await eslint().lintText(correct.replace(', xTwilioWebhookEnabled: "false"', ""), {
      filePath: join(DIR, "NOTES.md"),
    });
    expect(forgotten!.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(["5 twilio-webhooks/require-webhook-enabled"]);
  });
});
