#!/usr/bin/env node
/**
 * Writes a synthetic Twilio app corpus: services, Twilio Functions handlers, workers and routes that call the
 * Conversations/Chat helper library in the many shapes real code takes (chains, variables, destructuring, class
 * fields, instances from create/fetch/list, callbacks, options built apart, spreads), some with
 * `xTwilioWebhookEnabled` and some without, among look-alikes (SMS, OpenAI, Prisma, Slack, the browser SDK) that must
 * never be reported.
 *
 * Deterministic: a seeded generator, so the same scale gives byte-identical files on every run. Each file's number
 * of expected reports (recommended config, untyped; and with typed linting, `expectedTyped`) goes to expected.json.
 *
 *   node bench/synthetic.mjs [--scale 1] [--ts] [--out bench/out/synthetic-1x]
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FILES_PER_SCALE = 200;
const DEFAULT_SEED = 0x7e1e;

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    weighted(pairs) {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
  };
}

const WORDS = ["order", "ticket", "support", "booking", "delivery", "invoice", "lead", "shift", "claim", "case", "visit", "refund"];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------------------------
// Options objects: the variant decides what the rules must say about a call.
//   forgot      → require-webhook-enabled: missingOption                      (1)
//   true/false  → nothing                                                      (0)
//   misspelled  → require-webhook-enabled: misspelledOption                   (1, fixable)
//   boolean     → valid-webhook-enabled-value: booleanValue                   (1, fixable)
//   unknown     → valid-webhook-enabled-value: unknownValue                   (1, suggestions only)
// ---------------------------------------------------------------------------------------------------------------
const VARIANT_REPORTS = { forgot: 1, true: 0, false: 0, misspelled: 1, boolean: 1, unknown: 1 };

function optionEntry(r, variant) {
  switch (variant) {
    case "true":
      return 'xTwilioWebhookEnabled: "true"';
    case "false":
      return 'xTwilioWebhookEnabled: "false"';
    case "misspelled":
      return r.pick([
        'x_twilio_webhook_enabled: "true"',
        'xTwilioWebHookEnabled: "true"',
        'XTwilioWebhookEnabled: "true"',
        'xTwilioWebhooksEnabled: "true"',
        'headers: { "X-Twilio-Webhook-Enabled": "true" }',
      ]);
    case "boolean":
      return r.pick(["xTwilioWebhookEnabled: true", "xTwilioWebhookEnabled: false"]);
    case "unknown":
      return r.pick(['xTwilioWebhookEnabled: "yes"', 'xTwilioWebhookEnabled: "enabled"', 'xTwilioWebhookEnabled: "1"']);
    default:
      return undefined;
  }
}

/** An object literal with the given fields plus the variant's option entry, laid out on one or several lines. */
function objectLiteral(r, fields, variant, indent) {
  const entries = [...fields];
  const opt = optionEntry(r, variant);
  if (opt) entries.splice(r.int(0, entries.length), 0, opt);
  if (entries.length === 0) return "{}";
  const inline = `{ ${entries.join(", ")} }`;
  if (inline.length < 70 && r.chance(0.6)) return inline;
  const pad = indent + "  ";
  return `{\n${entries.map((e) => `${pad}${e},`).join("\n")}\n${indent}}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Operations: a receiver chain (from a client expression) and the fields a real call passes.
// ---------------------------------------------------------------------------------------------------------------
const OPS = [
  { w: 10, recv: (c) => `${c}.conversations.v1.conversations(conversationSid).messages`, method: "create", fields: ["author", "body"], label: "message" },
  { w: 4, recv: (c) => `${c}.conversations.v1.conversations(conversationSid).messages(messageSid)`, method: "update", fields: ["body", "attributes: JSON.stringify(meta)"], label: "message" },
  { w: 3, recv: (c) => `${c}.conversations.v1.conversations(conversationSid).messages(messageSid)`, method: "remove", fields: [], label: "message" },
  { w: 8, recv: (c) => `${c}.conversations.v1.conversations(conversationSid).participants`, method: "create", fields: ['"messagingBinding.address": phone', '"messagingBinding.proxyAddress": proxyNumber'], label: "participant" },
  { w: 4, recv: (c) => `${c}.conversations.v1.conversations(conversationSid).participants(participantSid)`, method: "remove", fields: [], label: "participant" },
  { w: 3, recv: (c) => `${c}.conversations.v1.conversations(conversationSid).participants(participantSid)`, method: "update", fields: ["attributes: JSON.stringify(meta)"], label: "participant" },
  { w: 6, recv: (c) => `${c}.conversations.v1.conversations`, method: "create", fields: ["friendlyName", "uniqueName"], label: "conversation" },
  { w: 4, recv: (c) => `${c}.conversations.v1.conversations(conversationSid)`, method: "update", fields: ['state: "closed"'], label: "conversation" },
  { w: 3, recv: (c) => `${c}.conversations.v1.conversations(conversationSid)`, method: "remove", fields: [], label: "conversation" },
  { w: 3, recv: (c) => `${c}.conversations.v1.services(chatServiceSid).conversations(conversationSid).messages`, method: "create", fields: ["author", "body"], label: "message" },
  { w: 2, recv: (c) => `${c}.conversations.v1.services(chatServiceSid).conversations(conversationSid).participants`, method: "create", fields: ["identity"], label: "participant" },
  { w: 2, recv: (c) => `${c}.conversations.v1.conversationWithParticipants`, method: "create", fields: ["friendlyName", "participant: [`messagingBinding.address=${phone}`]"], label: "conversation" },
  { w: 2, recv: (c) => `${c}.conversations.v1.users(identity)`, method: "update", fields: ["friendlyName"], label: "user" },
  { w: 2, recv: (c) => `${c}.conversations.v1.users`, method: "create", fields: ["identity", "friendlyName"], label: "user" },
  { w: 2, recv: (c) => `${c}.conversations.conversations(conversationSid).messages`, method: "create", fields: ["body"], label: "message" },
  { w: 4, recv: (c) => `${c}.chat.v2.services(chatServiceSid).channels(channelSid).messages`, method: "create", fields: ["from: identity", "body"], label: "message" },
  { w: 3, recv: (c) => `${c}.chat.v2.services(chatServiceSid).channels(channelSid).members`, method: "create", fields: ["identity"], label: "member" },
  { w: 2, recv: (c) => `${c}.chat.v2.services(chatServiceSid).channels(channelSid).members(memberSid)`, method: "remove", fields: [], label: "member" },
  { w: 2, recv: (c) => `${c}.chat.services(chatServiceSid).channels`, method: "create", fields: ["friendlyName", 'type: "private"'], label: "channel" },
  { w: 1, recv: (c) => `${c}.chat.v2.services(chatServiceSid).users(userSid).userChannels(channelSid)`, method: "remove", fields: [], label: "userChannel" },
  { w: 1, recv: (c) => `${c}.chat.v3.channels(chatServiceSid, channelSid)`, method: "update", fields: ['type: "private"'], label: "channel" },
  { w: 2, recv: (c) => `${c}.ipMessaging.v2.services(chatServiceSid).channels(channelSid).messages`, method: "create", fields: ["body"], label: "message" },
  { w: 1, recv: (c) => `${c}.conversations.v1.conversations(conversationSid).messages`, method: "createWithHttpInfo", fields: ["author", "body"], label: "message" },
];
const opWeights = OPS.map((op) => [op, op.w]);

const VARIANTS = [["forgot", 34], ["true", 36], ["false", 10], ["misspelled", 8], ["boolean", 7], ["unknown", 5]];

/** Renders the options argument list for a call: "" for no options, "opts" or "opts, cb". */
function callArgs(r, op, variant, indent, callback) {
  if (op.fields.length === 0 && variant === "forgot") return callback ?? "";
  const obj = objectLiteral(r, op.fields, variant, indent);
  return callback ? `${obj}, ${callback}` : obj;
}

// ---------------------------------------------------------------------------------------------------------------
// Call shapes. Each returns { code, expected, typedExtra } for one function body; `c` is the client expression.
// ---------------------------------------------------------------------------------------------------------------
function shapeChain(r, ctx, op, variant) {
  const args = callArgs(r, op, variant, "    ");
  const code = `  const result = await ${op.recv(ctx.client)}.${op.method}(${args});
  log.info({ sid: result?.sid ?? null }, "${op.label} ${op.method}d");
  return result;`;
  return { code, expected: VARIANT_REPORTS[variant] };
}

function shapeVariable(r, ctx, op, variant) {
  const chain = op.recv(ctx.client);
  const cut = chain.lastIndexOf(".");
  const head = chain.slice(0, cut);
  const tail = chain.slice(cut + 1);
  const v = r.pick(["resource", "target", "handle", "ref"]);
  const args = callArgs(r, op, variant, "    ");
  const code = `  const ${v} = ${head};
  if (!${v}) throw new Error("no ${op.label} resource");
  const result = await ${v}.${tail}.${op.method}(${args});
  return { ok: true, sid: result?.sid };`;
  return { code, expected: VARIANT_REPORTS[variant] };
}

function shapeBuiltApart(r, ctx, op, variant) {
  if (op.fields.length === 0) return shapeChain(r, ctx, op, variant);
  const obj = objectLiteral(r, op.fields, variant, "  ");
  const code = `  const params = ${obj};
  if (meta && meta.priority === "high") {
    params.attributes = JSON.stringify({ ...meta, escalated: true });
  }
  const result = await ${op.recv(ctx.client)}.${op.method}(params);
  metrics.increment("twilio.${op.label}.${op.method}");
  return result;`;
  return { code, expected: VARIANT_REPORTS[variant] };
}

function shapeSpread(r, ctx, op, variant) {
  if (op.fields.length === 0) return shapeChain(r, ctx, op, variant);
  // The option lives in the shared defaults (or nowhere); the call spreads them in.
  const base = objectLiteral(r, ['source: "synthetic"'], variant, "  ");
  const code = `  const defaults = ${base};
  const result = await ${op.recv(ctx.client)}.${op.method}({ ...defaults, ${op.fields.join(", ")} });
  return result.sid;`;
  return { code, expected: VARIANT_REPORTS[variant] };
}

function shapeConditional(r, ctx, op, variant) {
  // Only a provably missing option on both branches is reportable; a present one makes the call fine.
  if (op.fields.length === 0) return shapeChain(r, ctx, op, variant);
  const v = variant === "forgot" ? "forgot" : "true";
  const a = objectLiteral(r, [...op.fields, "attributes: JSON.stringify(meta)"], v, "      ");
  const b = objectLiteral(r, op.fields, v, "      ");
  const code = `  const result = await ${op.recv(ctx.client)}.${op.method}(
    meta ? ${a} : ${b},
  );
  return result;`;
  return { code, expected: VARIANT_REPORTS[v] };
}

function shapeCallback(r, ctx, op, variant) {
  if (op.method !== "remove") return shapeChain(r, ctx, op, variant);
  const v = variant === "forgot" ? "forgot" : "true";
  const args = callArgs(r, op, v, "    ", `(err${ctx.ts ? ": Error | null" : ""}) => {
      if (err) log.error(err, "remove failed");
      done${ctx.ts ? "?." : " && done"}(err);
    }`);
  const code = `  ${op.recv(ctx.client)}.${op.method}(${args});`;
  return { code, expected: VARIANT_REPORTS[v] };
}

/** Destructured list, then called with a sid. */
function shapeDestructure(r, ctx, _op, variant) {
  const child = r.pick([
    { list: "messages", fields: ["author", "body"] },
    { list: "participants", fields: ["identity"] },
  ]);
  const args = callArgs(r, { fields: child.fields }, variant, "    ");
  const code = `  const { conversations } = ${ctx.client}.conversations.v1;
  const conversation = conversations(conversationSid);
  const result = await conversation.${child.list}.create(${args});
  return result;`;
  return { code, expected: VARIANT_REPORTS[variant] };
}

/** Instance from create (with the option, deliberately), then a child write through the instance method. */
function shapeFromCreate(r, ctx, _op, variant) {
  const args = callArgs(r, { fields: ["author", "body"] }, variant, "    ");
  const code = `  const conversation = await ${ctx.client}.conversations.v1.conversations.create({
    friendlyName,
    xTwilioWebhookEnabled: "true",
  });
  await conversation.messages().create(${args});
  return conversation.sid;`;
  return { code, expected: VARIANT_REPORTS[variant] };
}

function shapeFromFetch(r, ctx, _op, variant) {
  const args = callArgs(r, { fields: ["friendlyName"] }, variant, "    ");
  const code = `  const channel = await ${ctx.client}.chat.v2.services(chatServiceSid).channels(channelSid).fetch();
  if (channel.membersCount > 100) return null;
  return channel.update(${args});`;
  return { code, expected: VARIANT_REPORTS[variant] };
}

function shapeListLoop(r, ctx, _op, variant) {
  const v = variant === "forgot" || variant === "true" ? variant : "forgot";
  const args = v === "forgot" ? "" : callArgs(r, { fields: [] }, v, "      ");
  const code = `  const participants = await ${ctx.client}.conversations.v1.conversations(conversationSid).participants.list({ limit: 50 });
  let removed = 0;
  for (const participant of participants) {
    if (participant.identity === identity) continue;
    await participant.remove(${args});
    removed++;
  }
  return removed;`;
  return { code, expected: VARIANT_REPORTS[v] };
}

function shapeArrayCallback(r, ctx, _op, variant) {
  const args = callArgs(r, { fields: ['state: "closed"'] }, variant, "      ");
  const code = `  const all = await ${ctx.client}.conversations.v1.conversations.list({ pageSize: 100 });
  const stale = all.filter((c) => Date.now() - new Date(c.dateUpdated).getTime() > maxAgeMs);
  await Promise.all(stale.map((c) => c.update(${args})));
  return stale.length;`;
  return { code, expected: VARIANT_REPORTS[variant] };
}

function shapeEach(r, ctx, _op, variant) {
  const args = callArgs(r, { fields: ['state: "inactive"'] }, variant, "      ");
  const code = `  ${ctx.client}.conversations.v1.conversations.each({ pageSize: 50 }, (conversation) => {
    if (conversation.state !== "active") return;
    conversation.update(${args}).catch((err) => log.warn(err));
  });`;
  return { code, expected: VARIANT_REPORTS[variant] };
}

function shapeThen(r, ctx, _op, variant) {
  const args = callArgs(r, { fields: ["identity"] }, variant, "      ");
  const code = `  return ${ctx.client}.conversations.v1.conversations
    .create({ friendlyName, xTwilioWebhookEnabled: "true" })
    .then((conversation) => conversation.participants().create(${args}));`;
  return { code, expected: VARIANT_REPORTS[variant] };
}

/** A helper that receives the context as a parameter: only types can see what it is. */
function shapeParameter(r, ctx, _op, variant) {
  const v = variant === "forgot" || variant === "true" ? variant : "forgot";
  const args = callArgs(r, { fields: ["author", "body"] }, v, "      ");
  const param = ctx.ts ? "conversation: ConversationContext" : "conversation";
  const code = `  const post = async (${param}) => {
    const message = await conversation.messages.create(${args});
    return message.sid;
  };
  return post(${ctx.client}.conversations.v1.conversations(conversationSid));`;
  return { code, expected: 0, typedExtra: ctx.ts ? VARIANT_REPORTS[v] : 0, needsTypes: ctx.ts };
}

/** Options the analysis cannot know (from a caller, or handed to other code first): never reported. */
function shapeUnknowable(r, ctx, op) {
  if (op.fields.length === 0) return shapeChain(r, ctx, op, "true");
  const code = r.chance(0.5)
    ? `  const payload = { ${op.fields.join(", ")} };
  audit.record("${op.label}.${op.method}", payload);
  return ${op.recv(ctx.client)}.${op.method}(payload);`
    : `  return ${op.recv(ctx.client)}.${op.method}({ ...overrides, ${op.fields.join(", ")} });`;
  return { code, expected: 0 };
}

const SHAPES = [
  [shapeChain, 20], [shapeVariable, 10], [shapeBuiltApart, 8], [shapeSpread, 6], [shapeConditional, 3],
  [shapeCallback, 4], [shapeDestructure, 5], [shapeFromCreate, 5], [shapeFromFetch, 4], [shapeListLoop, 4],
  [shapeArrayCallback, 4], [shapeEach, 3], [shapeThen, 3], [shapeParameter, 4], [shapeUnknowable, 5],
];

// ---------------------------------------------------------------------------------------------------------------
// Look-alikes: never reported.
// ---------------------------------------------------------------------------------------------------------------
const LOOKALIKES = [
  (ctx) => `  const sms = await ${ctx.client}.messages.create({ to: phone, from: proxyNumber, body });
  return sms.sid;`,
  (ctx) => `  const call = await ${ctx.client}.calls.create({ to: phone, from: proxyNumber, url: statusUrl });
  return call.sid;`,
  () => `  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: prompt }, { role: "user", content: body }],
  });
  return completion.choices[0]?.message?.content ?? "";`,
  () => `  const row = await db.message.create({ data: { conversationSid, author, body } });
  await db.conversation.update({ where: { sid: conversationSid }, data: { lastMessageAt: new Date() } });
  return row.id;`,
  () => `  await slack.conversations.create({ name: \`support-\${conversationSid.toLowerCase()}\` });
  await slack.chat.update({ channel: channelSid, ts: messageSid, text: body });
  return slack.chat.postMessage({ channel: channelSid, text: body });`,
  (ctx) => `  const history = await ${ctx.client}.conversations.v1.conversations(conversationSid).messages.list({ limit: 20 });
  const latest = await ${ctx.client}.conversations.v1.conversations(conversationSid).fetch();
  return { count: history.length, state: latest.state };`,
  (ctx) => `  return ${ctx.client}.conversations.v1.conversations(conversationSid).webhooks.create({
    target: "webhook",
    "configuration.url": statusUrl,
    "configuration.filters": ["onMessageAdded"],
  });`,
  (ctx) => `  await ${ctx.client}.chat.v1.services(chatServiceSid).channels.create({ friendlyName });
  await ${ctx.client}.chat.v2.services(chatServiceSid).roles.create({ friendlyName, type: "channel", permission: ["sendMessage"] });
  return ${ctx.client}.chat.v2.services(chatServiceSid).users(userSid).userChannels(channelSid).update({ notificationLevel: "muted" });`,
  () => `  // Browser SDK objects fire their own webhooks.
  const conversation = await sdkClient.getConversationBySid(conversationSid);
  await conversation.sendMessage(body);
  const [first] = await conversation.getParticipants();
  if (first) await first.remove();
  return conversation.updateFriendlyName(friendlyName);`,
  () => `  const customer = await stripe.customers.create({ email: identity, metadata: { conversationSid } });
  await stripe.subscriptions.update(customer.id, { cancel_at_period_end: true });
  return customer.id;`,
  () => `  const doc = await Message.create({ conversationSid, body });
  await Conversation.updateOne({ sid: conversationSid }, { $set: { updatedAt: new Date() } });
  return doc._id;`,
];

// ---------------------------------------------------------------------------------------------------------------
// Filler: ordinary application code around the calls, for realistic sizes and syntax.
// ---------------------------------------------------------------------------------------------------------------
function filler(r, ctx, name) {
  const w = r.pick(WORDS);
  const T = ctx.ts;
  const kinds = [
    () => `/**
 * Normalises a ${w} payload coming from the public API: trims strings, drops empty values, and checks lengths.
 */
${ctx.exp}function normalize${cap(w)}${name}(input${T ? ": Record<string, unknown>" : ""})${T ? ": Record<string, string>" : ""} {
  const out${T ? ": Record<string, string>" : ""} = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text.length === 0) continue;
    if (text.length > ${r.int(200, 2000)}) throw new RangeError(\`\${key} is too long (\${text.length})\`);
    out[key] = text;
  }
  return out;
}`,
    () => `${ctx.exp}const ${w}StatusLabels = Object.freeze({
  open: "Open",
  pending: "Waiting on customer",
  escalated: "Escalated to ${w} team",
  closed: "Closed",
}${T ? " as const" : ""});

${ctx.exp}function ${w}Label${name}(status${T ? ": string" : ""}, fallback = "Unknown") {
  return ${w}StatusLabels[status${T ? " as keyof typeof " + w + "StatusLabels" : ""}] ?? fallback;
}`,
    () => `${ctx.exp}async function withRetry${name}${T ? "<T>" : ""}(fn${T ? ": () => Promise<T>" : ""}, attempts = ${r.int(2, 5)}, delayMs = ${r.int(50, 500)})${T ? ": Promise<T>" : ""} {
  let lastError${T ? ": unknown" : ""};
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      const status = err?.status ?? err?.response?.status;
      if (status && status < 500 && status !== 429) break;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** i));
    }
  }
  throw lastError;
}`,
    () => `${ctx.exp}class ${cap(w)}Cache${name} {
  #entries = new Map${T ? "<string, { value: unknown; expires: number }>" : ""}();
  constructor(${T ? "private readonly " : ""}ttlMs = ${r.int(1, 60) * 1000}) {
    ${T ? "" : "this.ttlMs = ttlMs;"}
  }
  get(key${T ? ": string" : ""}) {
    const hit = this.#entries.get(key);
    if (!hit || hit.expires < Date.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return hit.value;
  }
  set(key${T ? ": string" : ""}, value${T ? ": unknown" : ""}) {
    this.#entries.set(key, { value, expires: Date.now() + this.ttlMs });
    return this;
  }
  get size() {
    return this.#entries.size;
  }
}`,
    () => `${ctx.exp}function parse${cap(w)}Event${name}(event${T ? ": Record<string, any>" : ""}) {
  const { EventType: type, ConversationSid: conversationSid, Author: author = "system", Body: body = "" } = event;
  switch (type) {
    case "onMessageAdded":
      return { kind: "message", conversationSid, author, body: body.slice(0, 1600) };
    case "onParticipantAdded":
    case "onParticipantRemoved":
      return { kind: "participant", conversationSid, identity: event.Identity ?? null };
    default:
      return { kind: "ignored", type };
  }
}`,
  ];
  return r.pick(kinds)();
}

// ---------------------------------------------------------------------------------------------------------------
// Files.
// ---------------------------------------------------------------------------------------------------------------
const FILE_KINDS = [
  { kind: "service", w: 5, ext: { js: ".js", ts: ".ts" }, dir: "src/services" },
  { kind: "function", w: 3, ext: { js: ".js", ts: ".ts" }, dir: "functions" },
  { kind: "worker", w: 2, ext: { js: ".mjs", ts: ".mts" }, dir: "workers" },
  { kind: "route", w: 2, ext: { js: ".cjs", ts: ".cts" }, dir: "src/routes" },
  { kind: "class", w: 3, ext: { js: ".js", ts: ".ts" }, dir: "src/domain" },
];

const PARAMS_JS = "conversationSid, messageSid, participantSid, channelSid, memberSid, userSid, chatServiceSid, identity, friendlyName, uniqueName, author, body, phone, proxyNumber, meta, overrides, done";
const PARAMS_TS =
  "conversationSid: string, messageSid: string, participantSid: string, channelSid: string, memberSid: string, userSid: string, chatServiceSid: string, identity: string, friendlyName: string, uniqueName: string, author: string, body: string, phone: string, proxyNumber: string, meta: Record<string, any> | undefined, overrides: Record<string, unknown>, done?: (err: Error | null) => void";

function header(kind, ts, r) {
  const common = ts
    ? `import twilio from "twilio";
import type { ConversationContext } from "twilio/lib/rest/conversations/v1/conversation";

declare const log: any, metrics: any, audit: any, openai: any, db: any, slack: any, sdkClient: any, stripe: any;
declare const Message: any, Conversation: any;
const statusUrl = process.env.STATUS_URL ?? "https://example.test/status";
const maxAgeMs = 7 * 24 * 3600 * 1000;
`
    : null;
  if (ts) {
    if (kind === "function") return common;
    return `${common}const client = twilio(process.env.TWILIO_ACCOUNT_SID!, process.env.TWILIO_AUTH_TOKEN!);
`;
  }
  const glue = `const statusUrl = process.env.STATUS_URL || "https://example.test/status";
const maxAgeMs = 7 * 24 * 3600 * 1000;
`;
  switch (kind) {
    case "worker":
      return `import twilio from "twilio";
import { log, metrics, audit, openai, db, slack, sdkClient, stripe, Message, Conversation } from "../src/lib/deps.js";

${glue}const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
`;
    case "function":
      return `"use strict";
const { log, metrics, audit, openai, db, slack, sdkClient, stripe, Message, Conversation } = require(Runtime.getFunctions()["lib/deps"].path);

${glue}`;
    default: {
      // Three ways real code makes the client; the class files use the factory in a field initialiser.
      const form = kind === "class" ? "factory" : r.pick(["factory", "inline", "constructor"]);
      const imp = { factory: 'const twilio = require("twilio");\n', inline: "", constructor: 'const { Twilio } = require("twilio");\n' }[form];
      const creds = "process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN";
      const make = { factory: `twilio(${creds})`, inline: `require("twilio")(${creds})`, constructor: `new Twilio(${creds})` }[form];
      return `"use strict";
${imp}const { log, metrics, audit, openai, db, slack, sdkClient, stripe, Message, Conversation } = require("../lib/deps");

${glue}const client = ${make};
`;
    }
  }
}

function oneFile(r, index, ts) {
  const fk = r.weighted(FILE_KINDS.map((k) => [k, k.w]));
  const topic = r.pick(WORDS);
  const base = `${topic}-${fk.kind}-${String(index).padStart(5, "0")}`;
  const file = `${fk.dir}/${base}${fk.ext[ts ? "ts" : "js"]}`;
  const esm = ts || fk.kind === "worker";
  const ctx = { ts, exp: esm ? "export " : "", client: "client" };
  const parts = [header(fk.kind, ts, r)];
  let expected = 0;
  let expectedTyped = 0;
  const blocks = r.int(3, 14);
  const exported = [];
  const params = ts ? PARAMS_TS : PARAMS_JS;

  if (fk.kind === "class") {
    // Class fields hold the client and a list; methods reach them through `this`.
    const cls = `${cap(topic)}Messaging${index}`;
    const lines = [`${ctx.exp}class ${cls} {`];
    if (r.chance(0.5)) {
      lines.push(`  client = twilio(process.env.TWILIO_ACCOUNT_SID${ts ? "!" : ""}, process.env.TWILIO_AUTH_TOKEN${ts ? "!" : ""});`);
      lines.push(`  conversations = this.client.conversations.v1.conversations;`);
    } else {
      const type = ts ? ": ReturnType<typeof twilio>" : "";
      lines.push(`  client${type};\n  conversations${ts ? ": any" : ""};\n  constructor(client${type}) {\n    this.client = client;\n    this.conversations = client.conversations.v1.conversations;\n  }`);
    }
    for (let b = 0; b < blocks; b++) {
      const method = `${r.pick(["post", "invite", "close", "archive", "notify"])}${b}`;
      const variant = r.weighted(VARIANTS);
      if (r.chance(0.3)) {
        lines.push(`\n  async ${method}(${ts ? "conversationSid: string, body: string" : "conversationSid, body"}) {\n    const reply = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: body }] });\n    await this.client.messages.create({ to: "+15550100", from: "+15550199", body: reply.choices[0].message.content });\n    return reply.id;\n  }`);
        continue;
      }
      const child = r.pick([
        { list: "messages", fields: ["author: \"bot\"", "body"] },
        { list: "participants", fields: ["identity: body"] },
      ]);
      const args = callArgs(r, { fields: child.fields }, variant, "      ");
      lines.push(`\n  async ${method}(${ts ? "conversationSid: string, body: string" : "conversationSid, body"}) {\n    const result = await this.conversations(conversationSid).${child.list}.create(${args});\n    return result.sid;\n  }`);
      expected += VARIANT_REPORTS[variant];
      expectedTyped += VARIANT_REPORTS[variant];
    }
    lines.push("}");
    parts.push(lines.join("\n"));
    if (!esm) parts.push(`module.exports = { ${cls} };`);
  } else if (fk.kind === "function") {
    // Twilio Functions: the client comes from the context; one handler per file, several steps.
    const steps = [];
    for (let b = 0; b < blocks; b++) {
      const name = `step${b}`;
      if (r.chance(0.25)) {
        steps.push(`async function ${name}(${ts ? "client: any, " : "client, "}${params}) {\n${r.pick(LOOKALIKES)({ ...ctx })}\n}`);
      } else {
        const op = r.weighted(opWeights);
        const shape = r.weighted(SHAPES);
        const variant = r.weighted(VARIANTS);
        const s = shape(r, ctx, op, variant);
        expected += s.expected;
        expectedTyped += s.expected + (s.typedExtra ?? 0);
        steps.push(`async function ${name}(${ts ? "client: any, " : "client, "}${params}) {\n${s.code}\n}`);
      }
      if (r.chance(0.3)) steps.push(filler(r, { ...ctx, exp: "" }, `${index}x${b}`));
    }
    parts.push(steps.join("\n\n"));
    const handlerSig = ts ? "async (context: any, event: any, callback: (err: unknown, result?: unknown) => void)" : "async function (context, event, callback)";
    const calls = steps
      .filter((s) => s.startsWith("async function step"))
      .map((s) => s.match(/^async function (step\d+)/)[1])
      .map((n) => `    await ${n}(client, event.ConversationSid, event.MessageSid, event.ParticipantSid, event.ChannelSid, event.MemberSid, event.UserSid, context.CHAT_SERVICE_SID, event.Identity, event.FriendlyName, event.UniqueName, event.Author, event.Body, event.From, context.PROXY_NUMBER, event, {}, undefined);`);
    parts.push(`${ts ? "export const handler = " : "exports.handler = "}${handlerSig} ${ts ? "=> " : ""}{
  const client = context.getTwilioClient();
  try {
${calls.join("\n")}
    return callback(null, { ok: true });
  } catch (err) {
    console.error(err);
    return callback(err);
  }
};`);
    // The handler's `client` is the Functions client: blocks above receive it as a parameter named `client`,
    // and the rules anchor on the domain property, so they see those calls just the same.
  } else {
    for (let b = 0; b < blocks; b++) {
      const name = `${r.pick(["send", "open", "close", "sync", "invite", "handle", "archive"])}${cap(topic)}${b}`;
      exported.push(name);
      if (r.chance(0.25)) {
        parts.push(`${ctx.exp}async function ${name}(${params}) {\n${r.pick(LOOKALIKES)(ctx)}\n}`);
      } else {
        const op = r.weighted(opWeights);
        const shape = r.weighted(SHAPES);
        const variant = r.weighted(VARIANTS);
        const s = shape(r, ctx, op, variant);
        expected += s.expected;
        expectedTyped += s.expected + (s.typedExtra ?? 0);
        parts.push(`${ctx.exp}async function ${name}(${params}) {\n${s.code}\n}`);
      }
      if (r.chance(0.5)) parts.push(filler(r, ctx, `${index}x${b}`));
    }
    if (!esm) parts.push(`module.exports = { ${exported.join(", ")} };`);
    if (fk.kind === "route" && !ts) {
      parts.push(`module.exports.register = function register(app) {
  app.post("/${topic}/:sid/messages", async (req, res, next) => {
    try {
      const out = await module.exports.${exported[0]}(req.params.sid, req.body.messageSid, req.body.participantSid, req.body.channelSid, req.body.memberSid, req.body.userSid, process.env.CHAT_SERVICE_SID, req.user.id, req.body.friendlyName, req.body.uniqueName, req.user.name, req.body.text, req.body.phone, process.env.PROXY_NUMBER, req.body.meta, {}, undefined);
      res.status(201).json(out ?? null);
    } catch (err) {
      next(err);
    }
  });
};`);
    }
  }
  return { path: file, code: parts.join("\n\n") + "\n", expected, expectedTyped };
}

/** The corpus at `scale` (1 = 200 files): [{ path, code, expected, expectedTyped }]. Same output on every run. */
export function generateCorpus({ scale = 1, ts = false, seed = DEFAULT_SEED } = {}) {
  const count = Math.round(FILES_PER_SCALE * scale);
  const files = [];
  for (let i = 0; i < count; i++) {
    // One stream per file: file i is the same at every scale, so 10× contains 1× as its first tenth.
    files.push(oneFile(rng(seed * 1_000_003 + i), i, ts));
  }
  return files;
}

/** Writes the corpus under `dir` (emptied first) with expected.json (and a tsconfig.json for the TS variant). */
export function writeCorpus(dir, opts = {}) {
  const files = generateCorpus(opts);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const target = path.join(dir, f.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.code);
  }
  const expected = Object.fromEntries(files.map((f) => [f.path, opts.ts ? { expected: f.expected, expectedTyped: f.expectedTyped } : f.expected]));
  fs.writeFileSync(path.join(dir, "expected.json"), JSON.stringify(expected, null, 1) + "\n");
  if (opts.ts) {
    fs.writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify(
        {
          compilerOptions: {
            target: "es2022",
            module: "node16",
            moduleResolution: "node16",
            strict: false,
            noEmit: true,
            skipLibCheck: true,
            esModuleInterop: true,
            types: ["node"],
          },
          include: ["**/*.ts", "**/*.mts", "**/*.cts"],
        },
        null,
        2,
      ) + "\n",
    );
  }
  return {
    files: files.length,
    bytes: files.reduce((s, f) => s + Buffer.byteLength(f.code), 0),
    expected: files.reduce((s, f) => s + f.expected, 0),
    expectedTyped: files.reduce((s, f) => s + f.expectedTyped, 0),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const get = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const scale = Number(get("--scale", "1"));
  const ts = args.includes("--ts");
  const here = path.dirname(fileURLToPath(import.meta.url));
  const out = path.resolve(get("--out", path.join(here, "out", `synthetic-${scale}x${ts ? "-ts" : ""}`)));
  const s = writeCorpus(out, { scale, ts });
  console.log(`${out}: ${s.files} files, ${(s.bytes / 1024).toFixed(0)} KiB, ${s.expected} expected reports${ts ? ` (${s.expectedTyped} typed)` : ""}`);
}
