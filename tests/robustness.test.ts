// Inputs that break careless rules: very deep chains, very large files, invalid options.
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";

import plugin from "../src/index";

const RULE = "twilio-webhooks/require-webhook-enabled";

function lintInWorker(code: string, withRules: boolean): Promise<{ ok: boolean; messages?: { ruleId: string | null; line: number; fatal: boolean; message: string }[]; error?: string }> {
  // ESLint's own parser and scope analysis recurse once per chain link: give them the stack they need, then
  // compare the plugin against ESLint alone on the same stack.
  return new Promise((resolve, reject) => {
    const w = new Worker(path.join(__dirname, "helpers", "lint-in-worker.cjs"), {
      workerData: { code, withRules },
      resourceLimits: { stackSizeMb: 256 },
    });
    w.once("message", resolve);
    w.once("error", reject);
  });
}

describe("a 10,000-deep member/call chain", () => {
  let deep = "client.conversations.v1.conversations('CH1')";
  for (let i = 0; i < 10_000; i++) deep += i % 2 ? ".messages" : "('IM1')";
  let calls = "client.conversations.v1";
  for (let i = 0; i < 10_000; i++) calls += ".services('IS1')";
  const code = `${deep}.messages.create({});\n${calls}.conversations.create({});\nclient.conversations.v1.conversations('CH1').remove();\n`;

  it("lints as ESLint alone does, and the rule still reports the ordinary call after it", async () => {
    const alone = await lintInWorker(code, false);
    const ours = await lintInWorker(code, true);
    expect(alone).toEqual({ ok: true, messages: [] });
    expect(ours.ok).toBe(true);
    expect(ours.messages).toEqual([expect.objectContaining({ ruleId: RULE, line: 3, fatal: false })]);
  }, 240_000);
});

describe("a 5 MB generated file", () => {
  it("lints and finds exactly the planted forgotten options", () => {
    const blocks: string[] = [];
    let planted = 0;
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const forgot = i % 3 === 0;
      if (forgot) planted++;
      blocks.push(`
export async function handler${i}(client: any, sid: string, body: string) {
  const conversation = client.conversations.v1.conversations(sid);
  const params${i} = { body, author: "bot-${i}"${forgot ? "" : ', xTwilioWebhookEnabled: "true"'} };
  const sent = await conversation.messages.create(params${i});
  const history = await conversation.messages.list({ limit: ${i % 50} });
  for (const m of history) console.log(m.sid, sent.sid);
  await client.messages.create({ to: "+1555000${i}", from: "+1555999", body });
  return { ok: true, count: history.length, label: "handler-${i}".padEnd(40, ".") };
}
`);
      size += blocks[blocks.length - 1]!.length;
    }
    const code = blocks.join("");
    expect(code.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      code,
      [{ files: ["**/*.ts"], languageOptions: { parser: tsParser as never }, ...(plugin.configs.recommended as object) }],
      path.resolve("big.ts"),
    );
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === RULE)).toHaveLength(planted);
  }, 240_000);
});

describe("invalid rule options", () => {
  const linter = new Linter({ configType: "flat" });
  const run = (options: unknown) => () =>
    linter.verify("x.create();", [{ files: ["**/*.js"], plugins: { "twilio-webhooks": plugin as never }, rules: { [RULE]: ["error", options] } }], path.resolve("a.js"));

  it("names an unknown option", () => {
    expect(run({ autofx: true })).toThrow(/autofx/);
  });
  it("rejects an option of the wrong type, naming the rule and the value (ESLint prints no property path for it)", () => {
    expect(run({ autofix: "yes" })).toThrow(/require-webhook-enabled[\s\S]*"yes" should be boolean/);
    expect(run({ allowExplicitFalse: 1 })).toThrow(/require-webhook-enabled[\s\S]*1 should be boolean/);
  });
  it("rejects a second options object", () => {
    expect(() =>
      linter.verify("x.create();", [{ files: ["**/*.js"], plugins: { "twilio-webhooks": plugin as never }, rules: { [RULE]: ["error", {}, {}] } }], path.resolve("a.js")),
    ).toThrow(/require-webhook-enabled/);
  });
});
