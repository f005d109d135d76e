import rule from "../../rules/require-webhook-enabled";
import { ruleTester } from "../rule-tester";

/** Any root works: the anchored chain is what proves it is Twilio. */
const CLIENT = "";
const T = 'xTwilioWebhookEnabled: "true"';
const F = 'xTwilioWebhookEnabled: "false"';

/** The two suggestions of a missing option, as their outputs. */
function suggest(enable: string, disable: string) {
  return [
    { messageId: "enableWebhooks" as const, output: enable },
    { messageId: "disableWebhooks" as const, output: disable },
  ];
}

/** An invalid case for a missing option: code with `@@` where the option goes (`@@` → property text). */
function missing(template: string, operation: string, webhooks: string, extra: Record<string, unknown> = {}) {
  return {
    code: template.replace(/@@/g, "").replace(/\{ +\}/g, "{}"),
    errors: [
      {
        messageId: "missingOption" as const,
        data: { operation, webhooks },
        suggestions: suggest(template.replace(/@@/g, T), template.replace(/@@/g, F)),
      },
    ],
    ...extra,
  };
}

ruleTester.run("require-webhook-enabled", rule, {
  valid: [
    // The option is there (identifier, string, computed string, template keys).
    `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "x", xTwilioWebhookEnabled: "true" });`,
    `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "x", "xTwilioWebhookEnabled": "false" });`,
    `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ ["xTwilioWebhookEnabled"]: "true" });`,
    `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ [\`xTwilioWebhookEnabled\`]: "true" });`,
    `${CLIENT}client.conversations.v1.conversations("CH1").remove({ xTwilioWebhookEnabled: "true" }, (err) => {});`,
    // Through a spread of an object that resolves, or a binding written later.
    `${CLIENT}const loud = { xTwilioWebhookEnabled: "true" }; client.conversations.v1.conversations("CH1").messages.create({ ...loud, body: "x" });`,
    `${CLIENT}const p = { body: "x" }; p.xTwilioWebhookEnabled = "true"; client.conversations.v1.conversations("CH1").messages.create(p);`,
    `${CLIENT}const p = { body: "x" }; p["xTwilioWebhookEnabled"] = "true"; client.conversations.v1.conversations("CH1").messages.create(p);`,
    // Unknowable contents: parameters, call results, spreads of unknown objects, Object.assign, conditionals.
    `${CLIENT}function f(params) { return client.conversations.v1.conversations("CH1").messages.create(params); }`,
    `${CLIENT}client.conversations.v1.conversations("CH1").messages.create(buildParams());`,
    `${CLIENT}function f(extra) { return client.conversations.v1.conversations("CH1").messages.create({ ...extra, body: "x" }); }`,
    `${CLIENT}const p = { body: "x" }; Object.assign(p, defaults); client.conversations.v1.conversations("CH1").messages.create(p);`,
    `${CLIENT}const p = { body: "x" }; p[key] = v; client.conversations.v1.conversations("CH1").messages.create(p);`,
    `${CLIENT}let p = { body: "x" }; p = other; client.conversations.v1.conversations("CH1").messages.create(p);`,
    `${CLIENT}function f(c, extra) { return client.conversations.v1.conversations("CH1").messages.create(c ? extra : { body: "x" }); }`,
    `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ [name]: "x" });`,
    // A later key wins at run time: an explicit key after an unknown spread is there; before one, nothing is known.
    `${CLIENT}function f(extra) { return client.conversations.v1.conversations("CH1").update({ ...extra, xTwilioWebhookEnabled: "true" }); }`,
    `${CLIENT}function f(extra) { return client.conversations.v1.conversations("CH1").update({ xTwilioWebhookEnabled: "true", ...extra }); }`,
    // Reads and resources that do not take the option.
    `${CLIENT}client.conversations.v1.conversations("CH1").messages.list({ limit: 5 });`,
    `${CLIENT}client.conversations.v1.conversations("CH1").fetch();`,
    `${CLIENT}client.conversations.v1.conversations("CH1").webhooks("WH1").remove();`,
    `${CLIENT}client.conversations.v1.conversations("CH1").webhooks.create({ target: "webhook" });`,
    `${CLIENT}client.conversations.v1.services("IS1").bindings("BS1").remove();`,
    `${CLIENT}client.conversations.v1.roles.create({ friendlyName: "r", type: "conversation", permission: [] });`,
    `${CLIENT}client.conversations.v1.credentials("CR1").remove();`,
    `${CLIENT}client.conversations.v1.conversations("CH1").messages("IM1").deliveryReceipts.list();`,
    `${CLIENT}client.chat.v2.services("IS1").channels("CH1").invites.create({ identity: "x" });`,
    `${CLIENT}client.chat.v2.services("IS1").users("US1").remove();`,
    `${CLIENT}client.chat.v2.services("IS1").users("US1").userChannels("CH1").update({ notificationLevel: "muted" });`,
    `${CLIENT}client.chat.v1.services("IS1").channels.create({ friendlyName: "x" });`,
    `${CLIENT}client.chat.v2.credentials.create({ type: "apn" });`,
    // Chat v3 channels take two sids: one is not the Twilio shape.
    `${CLIENT}client.chat.channels("CH1").update({ type: "private" });`,
    // Look-alikes: other SDKs and other Twilio products.
    `${CLIENT}client.messages.create({ to: "+1", from: "+2", body: "x" });`,
    `${CLIENT}client.messages("SM1").update({ body: "" });`,
    `${CLIENT}client.video.v1.rooms.create({ uniqueName: "standup" });`,
    `${CLIENT}client.video.v1.rooms("RM1").participants("PA1").update({ status: "disconnected" });`,
    `${CLIENT}client.conferences("CF1").participants("CA1").remove();`,
    `${CLIENT}client.sync.v1.services("IS0").documents.create({ uniqueName: "doc" });`,
    `${CLIENT}client.proxy.v1.services("KS1").sessions("KC1").participants.create({ identifier: "+1" });`,
    "openai.chat.completions.create({ model: 'gpt', messages: [] });",
    "openai.beta.threads.messages.create(threadId, { role: 'user', content: 'hi' });",
    "anthropic.messages.create({ model: 'claude', max_tokens: 10, messages: [] });",
    "prisma.message.create({ data: {} }); prisma.conversation.update({ where: {}, data: {} });",
    // A bare `conversations` that is not reached through a Twilio client.
    "function conversations(id) { return { messages: { create() {} } }; } conversations('x').messages.create({ body: 'x' });",
    "const conversations = db.table('c'); conversations.create({ name: 'x' });",
    // The browser SDK: instances it returns are not helper-library resources.
    `import { Client } from "@twilio/conversations";
     const sdk = new Client(token);
     const conversation = await sdk.getConversationBySid("CH1");
     await conversation.add("agent");
     await conversation.removeParticipant("guest");
     const page = await conversation.getMessages();
     await page.items[0].remove();
     await conversation.updateFriendlyName("x");`,
    // A domain with no resource step, and unrelated `chat` objects.
    `${CLIENT}client.conversations.create({ friendlyName: "x" });`,
    "store.chat.messages.create({ text: 'x' });",
    // A binding written after its declaration is not followed.
    `${CLIENT}let c = client.conversations.v1.conversations("CH1"); c = other; c.update({ friendlyName: "x" });`,
    // An explicit opt-out is a deliberate choice by default.
    `${CLIENT}client.conversations.v1.conversations("CH1").participants("MB1").remove({ xTwilioWebhookEnabled: "false" });`,
  ],
  invalid: [
    // --- one-line, multi-line, trailing comma, comments, empty, callback-first, nullish, identifiers
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "hi" });`,
      errors: [{ messageId: "missingOption", data: { operation: "Conversations v1 › Message create", webhooks: "onMessageAdded" },
        suggestions: suggest(
          `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "hi", ${T} });`,
          `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "hi", ${F} });`) }],
    },
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "hi", author: "bot", });`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "hi", author: "bot", ${T}, });`,
        `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "hi", author: "bot", ${F}, });`) }],
    },
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({
  body: "hi",
  author: "bot"
});`,
      errors: [{ messageId: "missingOption", line: 1, column: 55, suggestions: suggest(
        `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({
  body: "hi",
  author: "bot",
  ${T}
});`,
        `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({
  body: "hi",
  author: "bot",
  ${F}
});`) }],
    },
    {
      code: `${CLIENT}async function f() {
    await client.conversations.v1
        .conversations(sid)
        .messages.create({
            body: "hi", // the greeting
            author: "bot", // who says it
        });
}`,
      errors: [{ messageId: "missingOption", line: 4, suggestions: suggest(
        `${CLIENT}async function f() {
    await client.conversations.v1
        .conversations(sid)
        .messages.create({
            body: "hi", // the greeting
            author: "bot", // who says it
            ${T},
        });
}`,
        `${CLIENT}async function f() {
    await client.conversations.v1
        .conversations(sid)
        .messages.create({
            body: "hi", // the greeting
            author: "bot", // who says it
            ${F},
        });
}`) }],
    },
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({
  body: "hi" // no trailing comma
});`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({
  body: "hi", // no trailing comma
  ${T}
});`,
        `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({
  body: "hi", // no trailing comma
  ${F}
});`) }],
    },
    missing(`${CLIENT}client.conversations.v1.conversations("CH1").update({ @@ });`, "Conversations v1 › Conversation update",
      "onConversationUpdated and onConversationStateUpdated"),
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").update({ /* nothing yet */ });`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}client.conversations.v1.conversations("CH1").update({ ${T}, /* nothing yet */ });`,
        `${CLIENT}client.conversations.v1.conversations("CH1").update({ ${F}, /* nothing yet */ });`) }],
    },
    missing(`${CLIENT}client.conversations.v1.conversations("CH1").participants("MB1").remove({ @@ });`,
      "Conversations v1 › Participant remove", "onParticipantRemoved"),
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").participants("MB1").remove();`,
      errors: [{ messageId: "missingOption", line: 1, column: 66, endColumn: 72, suggestions: suggest(
        `${CLIENT}client.conversations.v1.conversations("CH1").participants("MB1").remove({ ${T} });`,
        `${CLIENT}client.conversations.v1.conversations("CH1").participants("MB1").remove({ ${F} });`) }],
    },
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").remove((err, ok) => done(err, ok));`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}client.conversations.v1.conversations("CH1").remove({ ${T} }, (err, ok) => done(err, ok));`,
        `${CLIENT}client.conversations.v1.conversations("CH1").remove({ ${F} }, (err, ok) => done(err, ok));`) }],
    },
    {
      code: `${CLIENT}function drop(sid, done) { client.conversations.v1.conversations(sid).remove(done); }`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}function drop(sid, done) { client.conversations.v1.conversations(sid).remove({ ${T} }, done); }`,
        `${CLIENT}function drop(sid, done) { client.conversations.v1.conversations(sid).remove({ ${F} }, done); }`) }],
    },
    {
      code: `${CLIENT}function drop(sid, then: (e: Error | null) => void) { client.conversations.v1.conversations(sid).remove(then); }`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}function drop(sid, then: (e: Error | null) => void) { client.conversations.v1.conversations(sid).remove({ ${T} }, then); }`,
        `${CLIENT}function drop(sid, then: (e: Error | null) => void) { client.conversations.v1.conversations(sid).remove({ ${F} }, then); }`) }],
    },
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").update(undefined, cb);`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}client.conversations.v1.conversations("CH1").update({ ${T} }, cb);`,
        `${CLIENT}client.conversations.v1.conversations("CH1").update({ ${F} }, cb);`) }],
    },
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").update(null);`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}client.conversations.v1.conversations("CH1").update({ ${T} });`,
        `${CLIENT}client.conversations.v1.conversations("CH1").update({ ${F} });`) }],
    },
    {
      code: `${CLIENT}const defaults = { author: "bot" };
const params = { ...defaults, body: "x" };
client.conversations.v1.conversations("CH1").messages.create(params);`,
      errors: [{ messageId: "missingOption", line: 3, suggestions: suggest(
        `${CLIENT}const defaults = { author: "bot" };
const params = { ...defaults, body: "x" };
client.conversations.v1.conversations("CH1").messages.create({ ...params, ${T} });`,
        `${CLIENT}const defaults = { author: "bot" };
const params = { ...defaults, body: "x" };
client.conversations.v1.conversations("CH1").messages.create({ ...params, ${F} });`) }],
    },
    {
      code: `${CLIENT}const p = { body: "x" }; p.author = "bot"; client.conversations.v1.conversations("CH1").messages.create(p);`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}const p = { body: "x" }; p.author = "bot"; client.conversations.v1.conversations("CH1").messages.create({ ...p, ${T} });`,
        `${CLIENT}const p = { body: "x" }; p.author = "bot"; client.conversations.v1.conversations("CH1").messages.create({ ...p, ${F} });`) }],
    },
    {
      code: `${CLIENT}function f(c) { return client.conversations.v1.conversations("CH1").messages.create(c ? { body: "a" } : { body: "b" }); }`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}function f(c) { return client.conversations.v1.conversations("CH1").messages.create({ ...(c ? { body: "a" } : { body: "b" }), ${T} }); }`,
        `${CLIENT}function f(c) { return client.conversations.v1.conversations("CH1").messages.create({ ...(c ? { body: "a" } : { body: "b" }), ${F} }); }`) }],
    },
    // --- an undefined value sends no header: twilio skips it
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").update({ friendlyName: "x", xTwilioWebhookEnabled: undefined });`,
      errors: [{ messageId: "missingOption", suggestions: suggest(
        `${CLIENT}client.conversations.v1.conversations("CH1").update({ friendlyName: "x", ${T} });`,
        `${CLIENT}client.conversations.v1.conversations("CH1").update({ friendlyName: "x", ${F} });`) }],
    },
    // --- the file's quote style
    {
      code: "const client = require('twilio')(sid, token);\nclient.conversations.v1.conversations('CH1').messages.create({ body: 'x' });",
      errors: [{ messageId: "missingOption", suggestions: suggest(
        "const client = require('twilio')(sid, token);\nclient.conversations.v1.conversations('CH1').messages.create({ body: 'x', xTwilioWebhookEnabled: 'true' });",
        "const client = require('twilio')(sid, token);\nclient.conversations.v1.conversations('CH1').messages.create({ body: 'x', xTwilioWebhookEnabled: 'false' });") }],
    },
    // --- autofix: true turns the enable suggestion into a fix
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "x" });`,
      options: [{ autofix: true }],
      output: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "x", ${T} });`,
      errors: [{ messageId: "missingOption", suggestions: [{ messageId: "disableWebhooks",
        output: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "x", ${F} });` }] }],
    },
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").remove();`,
      options: [{ autofix: true }],
      output: `${CLIENT}client.conversations.v1.conversations("CH1").remove({ ${T} });`,
      errors: [{ messageId: "missingOption", suggestions: [{ messageId: "disableWebhooks",
        output: `${CLIENT}client.conversations.v1.conversations("CH1").remove({ ${F} });` }] }],
    },
    // --- allowExplicitFalse: false
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").remove({ ${F} });`,
      options: [{ allowExplicitFalse: false }],
      errors: [{ messageId: "explicitFalse", data: { operation: "Conversations v1 › Conversation remove", webhooks: "onConversationRemoved" },
        suggestions: [{ messageId: "enableWebhooks", output: `${CLIENT}client.conversations.v1.conversations("CH1").remove({ ${T} });` }] }],
    },
    // --- misspelled keys: fixed with --fix, one report
    ...[
      "xTwilioWebHookEnabled",
      "XTwilioWebhookEnabled",
      "xTwilioWebhooksEnabled",
      "x_twilio_webhook_enabled",
      "twilioWebhookEnabled",
      "xTwiloWebhookEnabled",
    ].map((key) => ({
      code: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "x", ${key}: "true" });`,
      output: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "x", ${T} });`,
      errors: [{ messageId: "misspelledOption" as const, data: { key, operation: "Conversations v1 › Message create", webhooks: "onMessageAdded" } }],
    })),
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").update({ friendlyName: "4", "x-twilio-webhook-enabled": "true" });`,
      output: `${CLIENT}client.conversations.v1.conversations("CH1").update({ friendlyName: "4", ${T} });`,
      errors: [{ messageId: "misspelledOption", data: { key: "x-twilio-webhook-enabled", operation: "Conversations v1 › Conversation update",
        webhooks: "onConversationUpdated and onConversationStateUpdated" } }],
    },
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").update({ ["X-Twilio-Webhook-Enabled"]: flag });`,
      output: `${CLIENT}client.conversations.v1.conversations("CH1").update({ xTwilioWebhookEnabled: flag });`,
      errors: [{ messageId: "misspelledOption" }],
    },
    {
      code: `${CLIENT}const xTwilioWebhooksEnabled = "true"; client.conversations.v1.conversations("CH1").update({ xTwilioWebhooksEnabled });`,
      output: `${CLIENT}const xTwilioWebhooksEnabled = "true"; client.conversations.v1.conversations("CH1").update({ xTwilioWebhookEnabled: xTwilioWebhooksEnabled });`,
      errors: [{ messageId: "misspelledOption" }],
    },
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "x", headers: { "X-Twilio-Webhook-Enabled": "true" } });`,
      output: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({ body: "x", ${T} });`,
      errors: [{ messageId: "misspelledOption", data: { key: "X-Twilio-Webhook-Enabled", operation: "Conversations v1 › Message create",
        webhooks: "onMessageAdded" } }],
    },
    {
      code: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({
  body: "x",
  headers: {
    "X-Twilio-Webhook-Enabled": "true",
    "X-Trace": id,
  },
});`,
      output: `${CLIENT}client.conversations.v1.conversations("CH1").messages.create({
  body: "x",
  ${T},
  headers: {
    "X-Trace": id,
  },
});`,
      errors: [{ messageId: "misspelledOption" }],
    },
  ],
});
