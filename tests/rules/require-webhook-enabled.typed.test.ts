// Typed linting: calls only the type checker can place, look-alikes it must rule out, and options it can see into.
import { RuleTester } from "@typescript-eslint/rule-tester";
import path from "node:path";

import rule from "../../rules/require-webhook-enabled";

const FIXTURES = path.join(__dirname, "..", "fixtures", "typed");
const typedTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: FIXTURES } },
});

const CTX = 'import type { ConversationContext } from "twilio/lib/rest/conversations/v1/conversation";\n';
const T = 'xTwilioWebhookEnabled: "true"';
const F = 'xTwilioWebhookEnabled: "false"';

/** A missing option whose only edit is `()` → `({ … })` at the marked call. */
function emptyCall(code: string, call: string, operation: string, webhooks: string) {
  return {
    code,
    errors: [
      {
        messageId: "missingOption" as const,
        data: { operation, webhooks },
        suggestions: [
          { messageId: "enableWebhooks" as const, output: code.replace(`${call}()`, `${call}({ ${T} })`) },
          { messageId: "disableWebhooks" as const, output: code.replace(`${call}()`, `${call}({ ${F} })`) },
        ],
      },
    ],
  };
}
/** A missing option inserted into an object literal `{ body: "x" }` at the marked call. */
function intoObject(code: string, call: string, operation: string, webhooks: string) {
  const before = `${call}({ body: "x" })`;
  return {
    code,
    errors: [
      {
        messageId: "missingOption" as const,
        data: { operation, webhooks },
        suggestions: [
          { messageId: "enableWebhooks" as const, output: code.replace(before, `${call}({ body: "x", ${T} })`) },
          { messageId: "disableWebhooks" as const, output: code.replace(before, `${call}({ body: "x", ${F} })`) },
        ],
      },
    ],
  };
}
const MSG_CREATE = ["Conversations v1 › Message create", "onMessageAdded"] as const;
const CONV_UPDATE = ["Conversations v1 › Conversation update", "onConversationUpdated and onConversationStateUpdated"] as const;
const CONV_REMOVE = ["Conversations v1 › Conversation remove", "onConversationRemoved"] as const;

typedTester.run("require-webhook-enabled (typed)", rule, {
  valid: [
    // The option is there, or its type says so.
    `${CTX}declare const c: ConversationContext; c.update({ ${T} });`,
    `${CTX}import { loud } from "./service"; declare const c: ConversationContext; c.messages.create(loud);`,
    // Options typed with the optional property: nothing is proven either way.
    `import type { MessageListInstance, MessageListInstanceCreateOptions } from "twilio/lib/rest/conversations/v1/conversation/message";
     declare const list: MessageListInstance; export function f(p: MessageListInstanceCreateOptions) { return list.create(p); }`,
    // A local object changed where the analysis cannot follow: its declared type proves nothing.
    `${CTX}declare const c: ConversationContext; const p = { friendlyName: "x" }; p.xTwilioWebhookEnabled = "true"; c.update(p);`,
    `${CTX}declare const c: ConversationContext; declare const more: object; const p = { friendlyName: "x" }; Object.assign(p, more); c.update(p);`,
    `${CTX}declare const c: ConversationContext; declare const more: object; const p = { friendlyName: "x" }; Object.assign(p, more); c.update({ ...p });`,
    // any is silent.
    "declare const c: any; c.messages.create({ body: 'x' }); c.remove();",
    `${CTX}declare const c: ConversationContext; export function f(p: any) { return c.update(p); }`,
    `${CTX}declare const c: ConversationContext; export function f(p: Record<string, string>) { return c.update(p); }`,
    // Spreads whose type can hold any key, and keys computed from values: the option may be there.
    `${CTX}declare const c: ConversationContext; export function f(o: Record<string, unknown>) { return c.update({ ...o, state: "closed" }); }`,
    `${CTX}declare const c: ConversationContext; export function f(o: { state: "closed" }, m: any) { return c.update({ ...o, ...m }); }`,
    `${CTX}declare const c: ConversationContext; export function f(o: { state: "closed" }, k: string) { return c.update({ ...o, [k]: "true" }); }`,
    // Look-alikes with the same method names, declared outside twilio.
    `import type { OpenAI, Anthropic, Imitation } from "./lookalikes";
     declare const openai: OpenAI; declare const anthropic: Anthropic; declare const imitation: Imitation;
     openai.beta.threads.messages.create("th", { role: "user", content: "hi" });
     openai.chat.completions.create({ model: "m", messages: [] });
     anthropic.messages.create({ model: "m", max_tokens: 1, messages: [] });
     imitation.messages.create({ body: "x" });`,
    // The browser SDK fires webhooks itself.
    `import type { Client, Conversation, Message, Participant } from "@twilio/conversations";
     declare const sdk: Client; declare const conversation: Conversation; declare const m: Message; declare const p: Participant;
     conversation.add("agent"); conversation.removeParticipant("guest"); conversation.updateFriendlyName("x");
     m.remove(); m.updateBody("x"); p.remove(); p.updateAttributes({});`,
    // SMS messages (api v2010) have no such option.
    `import type { MessageInstance, MessageListInstance } from "twilio/lib/rest/api/v2010/account/message";
     declare const sms: MessageInstance; declare const smsList: MessageListInstance;
     sms.update({ body: "" }); sms.remove(); smsList.create({ to: "+1", from: "+2", body: "x" });`,
    // Video and Conference participants.
    `import type { ParticipantContext } from "twilio/lib/rest/video/v1/room/participant";
     import type { ParticipantContext as ConfParticipant } from "twilio/lib/rest/api/v2010/account/conference/participant";
     declare const v: ParticipantContext; declare const c: ConfParticipant;
     v.update({ status: "disconnected" }); c.update({ muted: true }); c.remove();`,
  ],
  invalid: [
    // Parameters typed as twilio resources.
    intoObject(
      `${CTX}export async function broadcast(targets: ConversationContext[]) { for (const t of targets) await t.messages.create({ body: "x" }); }`,
      "t.messages.create", ...MSG_CREATE),
    emptyCall(
      `import type { MessageInstance } from "twilio/lib/rest/conversations/v1/conversation/message";
export async function retract(message: MessageInstance) { await message.remove(); }`,
      "message.remove", "Conversations v1 › Message remove", "onMessageRemoved"),
    // A union with undefined, through ?.
    emptyCall(`${CTX}declare const c: ConversationContext | undefined; c?.remove();`, "c?.remove", ...CONV_REMOVE),
    // A wrapper imported from another module, and an array of instances from a service layer.
    emptyCall(`import { conversation } from "./service"; conversation("CH1").remove();`, 'conversation("CH1").remove', ...CONV_REMOVE),
    emptyCall(
      `import { participantsOf } from "./service"; const all = await participantsOf("CH1"); await all[0]!.remove();`,
      "all[0]!.remove", "Conversations v1 › Participant remove", "onParticipantRemoved"),
    // Generics keep the type.
    emptyCall(`import { conversation, lookup } from "./service"; lookup(conversation("CH1")).remove();`,
      'lookup(conversation("CH1")).remove', ...CONV_REMOVE),
    // A class field typed as a list.
    intoObject(
      `import type { MessageListInstance } from "twilio/lib/rest/conversations/v1/conversation/message";
export class Bot { constructor(private readonly messages: MessageListInstance) {} say() { return this.messages.create({ body: "x" }); } }`,
      "this.messages.create", ...MSG_CREATE),
    intoObject(`import { Inbox } from "./service"; declare const inbox: Inbox; inbox.messages.create({ body: "x" });`,
      "inbox.messages.create", ...MSG_CREATE),
    // Options whose type proves the property absent: imported objects, typed parameters, callbacks.
    {
      code: `${CTX}import { defaults } from "./service"; declare const c: ConversationContext; c.messages.create(defaults);`,
      errors: [{ messageId: "missingOption", suggestions: [
        { messageId: "enableWebhooks", output: `${CTX}import { defaults } from "./service"; declare const c: ConversationContext; c.messages.create({ ...defaults, ${T} });` },
        { messageId: "disableWebhooks", output: `${CTX}import { defaults } from "./service"; declare const c: ConversationContext; c.messages.create({ ...defaults, ${F} });` },
      ] }],
    },
    {
      code: `${CTX}declare const c: ConversationContext; export function f(p: { friendlyName: string }) { return c.update(p); }`,
      errors: [{ messageId: "missingOption", data: { operation: CONV_UPDATE[0], webhooks: CONV_UPDATE[1] }, suggestions: [
        { messageId: "enableWebhooks", output: `${CTX}declare const c: ConversationContext; export function f(p: { friendlyName: string }) { return c.update({ ...p, ${T} }); }` },
        { messageId: "disableWebhooks", output: `${CTX}declare const c: ConversationContext; export function f(p: { friendlyName: string }) { return c.update({ ...p, ${F} }); }` },
      ] }],
    },
    {
      code: `${CTX}declare const c: ConversationContext; export function f(then: (e: Error | null) => void, extra: { state: "closed" }) { c.update({ ...extra }); return c.remove(then); }`,
      errors: [
        { messageId: "missingOption", suggestions: [
          { messageId: "enableWebhooks", output: `${CTX}declare const c: ConversationContext; export function f(then: (e: Error | null) => void, extra: { state: "closed" }) { c.update({ ...extra, ${T} }); return c.remove(then); }` },
          { messageId: "disableWebhooks", output: `${CTX}declare const c: ConversationContext; export function f(then: (e: Error | null) => void, extra: { state: "closed" }) { c.update({ ...extra, ${F} }); return c.remove(then); }` },
        ] },
        { messageId: "missingOption", suggestions: [
          { messageId: "enableWebhooks", output: `${CTX}declare const c: ConversationContext; export function f(then: (e: Error | null) => void, extra: { state: "closed" }) { c.update({ ...extra }); return c.remove({ ${T} }, then); }` },
          { messageId: "disableWebhooks", output: `${CTX}declare const c: ConversationContext; export function f(then: (e: Error | null) => void, extra: { state: "closed" }) { c.update({ ...extra }); return c.remove({ ${F} }, then); }` },
        ] },
      ],
    },
    // The same detection on twilio 4.x and 5.x declarations (npm aliases twilio4, twilio5).
    emptyCall(`import type { ConversationContext } from "twilio4/lib/rest/conversations/v1/conversation";
declare const c: ConversationContext; c.remove();`, "c.remove", ...CONV_REMOVE),
    emptyCall(`import type { ConversationContext } from "twilio5/lib/rest/conversations/v1/conversation";
declare const c: ConversationContext; c.remove();`, "c.remove", ...CONV_REMOVE),
    emptyCall(`import type { ChannelContext } from "twilio5/lib/rest/chat/v2/service/channel";
declare const c: ChannelContext; c.removeWithHttpInfo();`, "c.removeWithHttpInfo", "Chat v2 › Channel remove", "onChannelDestroyed"),
    // An operation a newer twilio declares that the catalogue does not list yet.
    intoObject(`import type { WidgetListInstance } from "twilio-next/lib/rest/conversations/v1/widget";
declare const widgets: WidgetListInstance; widgets.create({ body: "x" });`,
      "widgets.create", "Conversations v1 › Widget create", "its post-event webhooks"),
  ],
});
