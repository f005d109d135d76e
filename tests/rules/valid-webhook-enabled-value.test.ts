import { RuleTester } from "@typescript-eslint/rule-tester";
import path from "node:path";

import rule from "../../rules/valid-webhook-enabled-value";
import { ruleTester } from "../rule-tester";

// Every case starts from a Conversations context: the chain resolution is require-webhook-enabled's and shared.
const CONVO = 'const convo = client.conversations.v1.conversations("CH1");';
const CONVO_SQ = "const convo = client.conversations.v1.conversations('CH1');";

const MSG_CREATE = { operation: "Conversations v1 › Message create", webhooks: "onMessageAdded" };
const PARTICIPANT_CREATE = { operation: "Conversations v1 › Participant create", webhooks: "onParticipantAdded" };

ruleTester.run("valid-webhook-enabled-value", rule, {
  valid: [
    `${CONVO}\nconvo.messages.create({ body: "hi", xTwilioWebhookEnabled: "true" });`,
    `${CONVO}\nconvo.messages.create({ body: "hi", xTwilioWebhookEnabled: "false" });`,
    `${CONVO_SQ}\nconvo.messages.create({ body: 'hi', xTwilioWebhookEnabled: 'true' });`,
    `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: \`true\` });`,
    `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "true" as const });`,
    // An unknowable spread after the key may replace it: nothing is proven about the value sent.
    `${CONVO}\nexport function f(overrides) { return convo.messages.create({ xTwilioWebhookEnabled: true, ...overrides }); }`,
    // undefined is a missing option (require-webhook-enabled reports it), not a wrong value.
    `${CONVO}\nconvo.messages.create({ body: "hi", xTwilioWebhookEnabled: undefined });`,
    // const bindings to a documented string, directly or through a chain
    `${CONVO}\nconst ON = "true";\nconvo.messages.create({ xTwilioWebhookEnabled: ON });`,
    `${CONVO}\nconst A = "false";\nconst B = A;\nconvo.messages.create({ xTwilioWebhookEnabled: B });`,
    `${CONVO}\nconst xTwilioWebhookEnabled = "true";\nconvo.messages.create({ xTwilioWebhookEnabled });`,
    `${CONVO}\nconst base = { xTwilioWebhookEnabled: "true" };\nconvo.messages.create({ ...base, body: "hi" });`,
    // Without type information, what cannot be resolved is not judged.
    `${CONVO}\nexport function send(flag) { return convo.messages.create({ xTwilioWebhookEnabled: flag }); }`,
    `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: process.env.WEBHOOKS });`,
    `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: enabled ? "true" : "false" });`,
    `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: String(enabled) });`,
    `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: undefined });`,
    // a `let` written again is not a constant; a `var` is not followed either
    `${CONVO}\nlet v = true;\nif (ok) v = "true";\nconvo.messages.create({ xTwilioWebhookEnabled: v });`,
    `${CONVO}\nvar v = true;\nconvo.messages.create({ xTwilioWebhookEnabled: v });`,
    `${CONVO}\nconst { v } = { v: true };\nconvo.messages.create({ xTwilioWebhookEnabled: v });`,
    // a misspelled key is require-webhook-enabled's report, never this rule's
    `${CONVO}\nconvo.messages.create({ xTwilioWebhooksEnabled: true });`,
    `${CONVO}\nconvo.messages.create({ "X-Twilio-Webhook-Enabled": "yes" });`,
    `${CONVO}\nconvo.messages.create({ headers: { "X-Twilio-Webhook-Enabled": true } });`,
    // no option at all: require-webhook-enabled's report
    `${CONVO}\nconvo.messages.create({ body: "hi" });`,
    // look-alikes: not a catalogue write
    `openai.chat.completions.create({ model: "gpt", xTwilioWebhookEnabled: true });`,
    `client.messages.create({ to: "+1", body: "hi", xTwilioWebhookEnabled: true });`,
    `prisma.message.create({ data: {}, xTwilioWebhookEnabled: "yes" });`,
    `client.chat.v1.services("IS1").channels.create({ xTwilioWebhookEnabled: true });`,
    `${CONVO}\nconvo.messages.list({ xTwilioWebhookEnabled: true });`,
    `conversation.sendMessage("hi", { xTwilioWebhookEnabled: true });`,
  ],
  invalid: [
    {
      code: `${CONVO}\nconvo.messages.create({ body: "hi", xTwilioWebhookEnabled: true });`,
      output: `${CONVO}\nconvo.messages.create({ body: "hi", xTwilioWebhookEnabled: "true" });`,
      errors: [
        { messageId: "booleanValue", data: { ...MSG_CREATE, value: "true" }, line: 2, column: 60, endLine: 2, endColumn: 64 },
      ],
    },
    {
      code: `${CONVO}\nconvo.messages.create({ body: "hi", xTwilioWebhookEnabled: false });`,
      output: `${CONVO}\nconvo.messages.create({ body: "hi", xTwilioWebhookEnabled: "false" });`,
      errors: [{ messageId: "booleanValue", data: { ...MSG_CREATE, value: "false" }, line: 2, column: 60 }],
    },
    {
      // multi-line object, trailing comma and comment kept
      code: `${CONVO}
await convo.messages.create({
  body: "hi",
  xTwilioWebhookEnabled: false, // opt out
});`,
      output: `${CONVO}
await convo.messages.create({
  body: "hi",
  xTwilioWebhookEnabled: "false", // opt out
});`,
      errors: [{ messageId: "booleanValue", data: { ...MSG_CREATE, value: "false" }, line: 4, column: 26, endColumn: 31 }],
    },
    {
      code: `${CONVO}
await convo.update({
  friendlyName: "x",
  xTwilioWebhookEnabled: true
});`,
      output: `${CONVO}
await convo.update({
  friendlyName: "x",
  xTwilioWebhookEnabled: "true"
});`,
      errors: [
        {
          messageId: "booleanValue",
          data: {
            operation: "Conversations v1 › Conversation update",
            webhooks: "onConversationUpdated and onConversationStateUpdated",
            value: "true",
          },
          line: 4,
          column: 26,
        },
      ],
    },
    {
      // single-quote file: the fix follows the file's quote style
      code: `${CONVO_SQ}\nconvo.messages.create({ body: 'hi', xTwilioWebhookEnabled: true });`,
      output: `${CONVO_SQ}\nconvo.messages.create({ body: 'hi', xTwilioWebhookEnabled: 'true' });`,
      errors: [{ messageId: "booleanValue", data: { ...MSG_CREATE, value: "true" }, line: 2, column: 60 }],
    },
    {
      // the option's own value is replaced whole, with the type assertion that only silenced the boolean
      code: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: true as any });`,
      output: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });`,
      errors: [{ messageId: "booleanValue", line: 2, column: 48, endColumn: 59 }],
    },
    {
      // Chat v2, callback after the options
      code: 'client.chat.v2.services("IS1").channels("CH1").members("MB1").remove({ xTwilioWebhookEnabled: false }, cb);',
      output: 'client.chat.v2.services("IS1").channels("CH1").members("MB1").remove({ xTwilioWebhookEnabled: "false" }, cb);',
      errors: [
        {
          messageId: "booleanValue",
          data: { operation: "Chat v2 › Member remove", webhooks: "onMemberRemoved", value: "false" },
          line: 1,
          column: 95,
        },
      ],
    },
    {
      code: `${CONVO}\nconvo.participants.create({ identity: "a", xTwilioWebhookEnabled: "yes" });`,
      output: null,
      errors: [
        {
          messageId: "unknownValue",
          data: { ...PARTICIPANT_CREATE, value: '"yes"' },
          line: 2,
          column: 67,
          endColumn: 72,
          suggestions: [
            { messageId: "useTrue", output: `${CONVO}\nconvo.participants.create({ identity: "a", xTwilioWebhookEnabled: "true" });` },
            { messageId: "useFalse", output: `${CONVO}\nconvo.participants.create({ identity: "a", xTwilioWebhookEnabled: "false" });` },
          ],
        },
      ],
    },
    {
      code: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: 1 });`,
      output: null,
      errors: [
        {
          messageId: "unknownValue",
          data: { ...MSG_CREATE, value: "1" },
          line: 2,
          column: 48,
          suggestions: [
            { messageId: "useTrue", output: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });` },
            { messageId: "useFalse", output: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "false" });` },
          ],
        },
      ],
    },
    {
      code: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: null });`,
      output: null,
      errors: [
        {
          messageId: "unknownValue",
          data: { ...MSG_CREATE, value: "null" },
          line: 2,
          column: 48,
          suggestions: [
            { messageId: "useTrue", output: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });` },
            { messageId: "useFalse", output: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "false" });` },
          ],
        },
      ],
    },
    {
      code: `${CONVO_SQ}\nconvo.messages.create({ xTwilioWebhookEnabled: 'True' });`,
      output: null,
      errors: [
        {
          messageId: "unknownValue",
          data: { ...MSG_CREATE, value: "'True'" },
          line: 2,
          column: 48,
          suggestions: [
            { messageId: "useTrue", output: `${CONVO_SQ}\nconvo.messages.create({ xTwilioWebhookEnabled: 'true' });` },
            { messageId: "useFalse", output: `${CONVO_SQ}\nconvo.messages.create({ xTwilioWebhookEnabled: 'false' });` },
          ],
        },
      ],
    },
    {
      code: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "1" });`,
      output: null,
      errors: [
        {
          messageId: "unknownValue",
          data: { ...MSG_CREATE, value: '"1"' },
          suggestions: [
            { messageId: "useTrue", output: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });` },
            { messageId: "useFalse", output: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "false" });` },
          ],
        },
      ],
    },
    {
      code: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: \`enabled\` });`,
      output: null,
      errors: [
        {
          messageId: "unknownValue",
          data: { ...MSG_CREATE, value: "`enabled`" },
          suggestions: [
            { messageId: "useTrue", output: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });` },
            { messageId: "useFalse", output: `${CONVO}\nconvo.messages.create({ xTwilioWebhookEnabled: "false" });` },
          ],
        },
      ],
    },
    {
      // IP Messaging v2
      code: 'client.ipMessaging.v2.services("IS1").channels.create({ xTwilioWebhookEnabled: "enabled" });',
      output: null,
      errors: [
        {
          messageId: "unknownValue",
          data: { operation: "IP Messaging v2 › Channel create", webhooks: "onChannelAdded", value: '"enabled"' },
          line: 1,
          column: 80,
          suggestions: [
            { messageId: "useTrue", output: 'client.ipMessaging.v2.services("IS1").channels.create({ xTwilioWebhookEnabled: "true" });' },
            { messageId: "useFalse", output: 'client.ipMessaging.v2.services("IS1").channels.create({ xTwilioWebhookEnabled: "false" });' },
          ],
        },
      ],
    },
    {
      // a const read only here: the report is at the option, the fix edits the const's literal
      code: `${CONVO}\nconst ON = true;\nconvo.messages.create({ xTwilioWebhookEnabled: ON });`,
      output: `${CONVO}\nconst ON = "true";\nconvo.messages.create({ xTwilioWebhookEnabled: ON });`,
      errors: [{ messageId: "booleanValue", data: { ...MSG_CREATE, value: "true" }, line: 3, column: 48, endColumn: 50 }],
    },
    {
      // a `let` never written again counts as a constant
      code: `${CONVO}\nlet on = false;\nconvo.messages.create({ xTwilioWebhookEnabled: on });`,
      output: `${CONVO}\nlet on = "false" as const;\nconvo.messages.create({ xTwilioWebhookEnabled: on });`,
      errors: [{ messageId: "booleanValue", data: { ...MSG_CREATE, value: "false" }, line: 3, column: 48 }],
    },
    {
      // a chain of consts, each read once: the suggestion edits the literal at its end
      code: `${CONVO}\nconst A = "yes";\nconst B = A;\nconvo.messages.create({ xTwilioWebhookEnabled: B });`,
      output: null,
      errors: [
        {
          messageId: "unknownValue",
          data: { ...MSG_CREATE, value: '"yes"' },
          line: 4,
          column: 48,
          suggestions: [
            { messageId: "useTrue", output: `${CONVO}\nconst A = "true";\nconst B = A;\nconvo.messages.create({ xTwilioWebhookEnabled: B });` },
            { messageId: "useFalse", output: `${CONVO}\nconst A = "false";\nconst B = A;\nconvo.messages.create({ xTwilioWebhookEnabled: B });` },
          ],
        },
      ],
    },
    {
      // a const read elsewhere too: the fix replaces the identifier at each option, the const stays
      code: `${CONVO}\nconst ON = true;\nconvo.messages.create({ xTwilioWebhookEnabled: ON });\nconvo.update({ xTwilioWebhookEnabled: ON });`,
      output: `${CONVO}\nconst ON = true;\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });\nconvo.update({ xTwilioWebhookEnabled: "true" });`,
      errors: [
        { messageId: "booleanValue", line: 3, column: 48 },
        { messageId: "booleanValue", line: 4, column: 39 },
      ],
    },
    {
      // a const with a type annotation: editing its literal would break the annotation
      code: `${CONVO}\nconst ON: boolean = true;\nconvo.messages.create({ xTwilioWebhookEnabled: ON });`,
      output: `${CONVO}\nconst ON: boolean = true;\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });`,
      errors: [{ messageId: "booleanValue", line: 3, column: 48 }],
    },
    {
      // an exported const may be read by other modules
      code: `${CONVO}\nexport const ON = true;\nconvo.messages.create({ xTwilioWebhookEnabled: ON });`,
      output: `${CONVO}\nexport const ON = true;\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });`,
      errors: [{ messageId: "booleanValue", line: 3, column: 48 }],
    },
    {
      // shorthand property, const read only here
      code: `${CONVO}\nconst xTwilioWebhookEnabled = true;\nconvo.messages.create({ body: "hi", xTwilioWebhookEnabled });`,
      output: `${CONVO}\nconst xTwilioWebhookEnabled = "true";\nconvo.messages.create({ body: "hi", xTwilioWebhookEnabled });`,
      errors: [{ messageId: "booleanValue", line: 3, column: 37 }],
    },
    {
      // shorthand property, const shared: the property gets a value of its own
      code: `${CONVO}\nconst xTwilioWebhookEnabled = "on";\nconvo.messages.create({ xTwilioWebhookEnabled });\nlog(xTwilioWebhookEnabled);`,
      output: null,
      errors: [
        {
          messageId: "unknownValue",
          data: { ...MSG_CREATE, value: '"on"' },
          line: 3,
          column: 25,
          suggestions: [
            {
              messageId: "useTrue",
              output: `${CONVO}\nconst xTwilioWebhookEnabled = "on";\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });\nlog(xTwilioWebhookEnabled);`,
            },
            {
              messageId: "useFalse",
              output: `${CONVO}\nconst xTwilioWebhookEnabled = "on";\nconvo.messages.create({ xTwilioWebhookEnabled: "false" });\nlog(xTwilioWebhookEnabled);`,
            },
          ],
        },
      ],
    },
    {
      // the value comes from a spread: reported (and fixed) where it is written
      code: `${CONVO}\nconst base = { xTwilioWebhookEnabled: true };\nconvo.messages.create({ ...base, body: "hi" });`,
      output: `${CONVO}\nconst base = { xTwilioWebhookEnabled: "true" as const };\nconvo.messages.create({ ...base, body: "hi" });`,
      errors: [{ messageId: "booleanValue", data: { ...MSG_CREATE, value: "true" }, line: 2, column: 39 }],
    },
    {
      // one options object for two calls: one report, at its value
      code: `${CONVO}\nconst opts = { body: "hi", xTwilioWebhookEnabled: 1 };\nconvo.messages.create(opts);\nconvo.participants.create(opts);`,
      output: null,
      errors: [
        {
          messageId: "unknownValue",
          data: { ...MSG_CREATE, value: "1" },
          line: 2,
          column: 51,
          suggestions: [
            {
              messageId: "useTrue",
              output: `${CONVO}\nconst opts = { body: "hi", xTwilioWebhookEnabled: "true" as const };\nconvo.messages.create(opts);\nconvo.participants.create(opts);`,
            },
            {
              messageId: "useFalse",
              output: `${CONVO}\nconst opts = { body: "hi", xTwilioWebhookEnabled: "false" as const };\nconvo.messages.create(opts);\nconvo.participants.create(opts);`,
            },
          ],
        },
      ],
    },
  ],
});

// Typed: the fixture's tsconfig includes file.ts, the file the tester lints; flags.ts is a module the cases import.
const typedRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      projectService: true,
      tsconfigRootDir: path.join(__dirname, "..", "fixtures", "typed-values"),
    },
  },
});

const TYPED = `import twilio from "twilio";
const client = twilio("AC00000000000000000000000000000000", "secret");
const convo = client.conversations.v1.conversations("CH1");`;

typedRuleTester.run("valid-webhook-enabled-value (typed)", rule, {
  valid: [
    `${TYPED}\ndeclare const v: "true" | "false";\nconvo.messages.create({ xTwilioWebhookEnabled: v });`,
    `${TYPED}\ndeclare const v: "true" | undefined;\nconvo.messages.create({ xTwilioWebhookEnabled: v });`,
    `${TYPED}\ndeclare const on: boolean;\nconvo.messages.create({ xTwilioWebhookEnabled: on ? "true" : "false" });`,
    `${TYPED}\nimport { WEBHOOKS } from "./flags";\nconvo.messages.create({ xTwilioWebhookEnabled: WEBHOOKS });`,
    `${TYPED}\nexport function send<T extends "true" | "false">(v: T) { return convo.messages.create({ xTwilioWebhookEnabled: v }); }`,
    // any / unknown / an unconstrained generic: nothing is known
    `${TYPED}\ndeclare const a: any;\nconvo.messages.create({ xTwilioWebhookEnabled: a });`,
    `${TYPED}\ndeclare const u: unknown;\nconvo.messages.create({ xTwilioWebhookEnabled: u as any });`,
    `${TYPED}\ndeclare const u: unknown;\nconvo.messages.create({ xTwilioWebhookEnabled: u });`,
    `${TYPED}\nexport function send<T>(v: T) { return convo.messages.create({ xTwilioWebhookEnabled: v as any }); }`,
    // not a catalogue write, whatever the type
    `${TYPED}\ndeclare const on: boolean;\nclient.messages.create({ to: "+1", from: "+2", body: "x", xTwilioWebhookEnabled: on } as any);`,
  ],
  invalid: [
    {
      code: `${TYPED}\ndeclare const on: boolean;\nconvo.messages.create({ xTwilioWebhookEnabled: on });`,
      output: null,
      errors: [
        {
          messageId: "unassignableType",
          data: { ...MSG_CREATE, type: "boolean" },
          line: 5,
          column: 48,
          endColumn: 50,
          suggestions: [
            {
              messageId: "convertBoolean",
              output: `${TYPED}\ndeclare const on: boolean;\nconvo.messages.create({ xTwilioWebhookEnabled: on ? "true" : "false" });`,
            },
          ],
        },
      ],
    },
    {
      code: `${TYPED}\ndeclare const s: string;\nconvo.messages.create({ xTwilioWebhookEnabled: s });`,
      output: null,
      errors: [
        {
          messageId: "unassignableType",
          data: { ...MSG_CREATE, type: "string" },
          line: 5,
          column: 48,
          suggestions: [
            { messageId: "useTrue", output: `${TYPED}\ndeclare const s: string;\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });` },
            { messageId: "useFalse", output: `${TYPED}\ndeclare const s: string;\nconvo.messages.create({ xTwilioWebhookEnabled: "false" });` },
          ],
        },
      ],
    },
    {
      // optional parts are allowed, the rest is still judged
      code: `${TYPED}\ndeclare const n: number | undefined;\nconvo.messages.create({ xTwilioWebhookEnabled: n });`,
      output: null,
      errors: [
        {
          messageId: "unassignableType",
          data: { ...MSG_CREATE, type: "number | undefined" },
          line: 5,
          suggestions: [
            { messageId: "useTrue", output: `${TYPED}\ndeclare const n: number | undefined;\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });` },
            { messageId: "useFalse", output: `${TYPED}\ndeclare const n: number | undefined;\nconvo.messages.create({ xTwilioWebhookEnabled: "false" });` },
          ],
        },
      ],
    },
    {
      // a boolean constant from another module: only the types can see it
      code: `${TYPED}\nimport { WEBHOOKS_ON } from "./flags";\nconvo.messages.create({ xTwilioWebhookEnabled: WEBHOOKS_ON });`,
      output: null,
      errors: [
        {
          messageId: "unassignableType",
          data: { ...MSG_CREATE, type: "true" },
          line: 5,
          column: 48,
          suggestions: [
            {
              messageId: "convertBoolean",
              output: `${TYPED}\nimport { WEBHOOKS_ON } from "./flags";\nconvo.messages.create({ xTwilioWebhookEnabled: WEBHOOKS_ON ? "true" : "false" });`,
            },
          ],
        },
      ],
    },
    {
      // a string built at run time; a shorthand property gets its own value
      code: `${TYPED}\nexport function send(flag: boolean) {\n  const xTwilioWebhookEnabled = String(flag);\n  return convo.messages.create({ xTwilioWebhookEnabled });\n}`,
      output: null,
      errors: [
        {
          messageId: "unassignableType",
          data: { ...MSG_CREATE, type: "string" },
          line: 6,
          column: 34,
          suggestions: [
            {
              messageId: "useTrue",
              output: `${TYPED}\nexport function send(flag: boolean) {\n  const xTwilioWebhookEnabled = String(flag);\n  return convo.messages.create({ xTwilioWebhookEnabled: "true" });\n}`,
            },
            {
              messageId: "useFalse",
              output: `${TYPED}\nexport function send(flag: boolean) {\n  const xTwilioWebhookEnabled = String(flag);\n  return convo.messages.create({ xTwilioWebhookEnabled: "false" });\n}`,
            },
          ],
        },
      ],
    },
    {
      // a conditional as the value: the conversion parenthesises it
      code: `${TYPED}\ndeclare const a: boolean, b: boolean;\nconvo.messages.create({ xTwilioWebhookEnabled: a ? b : false });`,
      output: null,
      errors: [
        {
          messageId: "unassignableType",
          data: { ...MSG_CREATE, type: "boolean" },
          suggestions: [
            {
              messageId: "convertBoolean",
              output: `${TYPED}\ndeclare const a: boolean, b: boolean;\nconvo.messages.create({ xTwilioWebhookEnabled: (a ? b : false) ? "true" : "false" });`,
            },
          ],
        },
      ],
    },
    {
      // a receiver only the types place (shared operation matching): its value is judged too
      code: `import type { ConversationContext } from "twilio/lib/rest/conversations/v1/conversation";
export async function send(targets: ConversationContext[]) {
  for (const t of targets) await t.messages.create({ body: "hi", xTwilioWebhookEnabled: true });
}`,
      output: `import type { ConversationContext } from "twilio/lib/rest/conversations/v1/conversation";
export async function send(targets: ConversationContext[]) {
  for (const t of targets) await t.messages.create({ body: "hi", xTwilioWebhookEnabled: "true" });
}`,
      errors: [{ messageId: "booleanValue", data: { ...MSG_CREATE, value: "true" }, line: 3, column: 89 }],
    },
    {
      // literals are judged the same with types as without
      code: `${TYPED}\nconvo.messages.create({ xTwilioWebhookEnabled: true });`,
      output: `${TYPED}\nconvo.messages.create({ xTwilioWebhookEnabled: "true" });`,
      errors: [{ messageId: "booleanValue", data: { ...MSG_CREATE, value: "true" }, line: 4, column: 48 }],
    },
  ],
});
