// require-webhook-header on raw HTTP: each client, URL shape and header shape; edits; look-alikes that stay silent.
import rule from "../../rules/require-webhook-header";
import { ruleTester } from "../rule-tester";

const CONV = "https://conversations.twilio.com/v1";
const MESSAGE_CREATE = { operation: "Conversations v1 › Message create", webhooks: "onMessageAdded" };
const PARTICIPANT_REMOVE = { operation: "Conversations v1 › Participant remove", webhooks: "onParticipantRemoved" };
const CONVERSATION_UPDATE = {
  operation: "Conversations v1 › Conversation update",
  webhooks: "onConversationUpdated and onConversationStateUpdated",
};
const CONVERSATION_CREATE = { operation: "Conversations v1 › Conversation create", webhooks: "onConversationAdded" };
const CHAT_MEMBER_CREATE = { operation: "Chat v2 › Member create", webhooks: "onMemberAdded" };
const CHAT3_CHANNEL_UPDATE = { operation: "Chat v3 › Channel update", webhooks: "onChannelUpdated" };
const IPM_MESSAGE_REMOVE = { operation: "IP Messaging v2 › Message remove", webhooks: "onMessageRemoved" };

/**
 * An invalid case from a template: `<<…>>` is the edit, `{v}` in it the header value. The code drops the edits; the
 * suggestions (or, with autofix, the fix and the opt-out suggestion) apply them with "true" and "false".
 */
function missing(template: string, data: Record<string, string>, opts: { autofix?: boolean; noEdit?: boolean } = {}) {
  const apply = (v?: string) => template.replace(/<<([\s\S]*?)>>/g, (_, s: string) => (v === undefined ? "" : s.replace(/\{v\}/g, v)));
  const code = apply();
  if (opts.noEdit) return { code, errors: [{ messageId: "missingHeader" as const, data, suggestions: [] }], output: null };
  const disable = { messageId: "disableWebhooks" as const, output: apply("false") };
  if (opts.autofix) {
    return {
      code,
      options: [{ autofix: true }] as [{ autofix: boolean }],
      output: apply("true"),
      errors: [{ messageId: "missingHeader" as const, data, suggestions: [disable] }],
    };
  }
  return {
    code,
    output: null,
    errors: [
      { messageId: "missingHeader" as const, data, suggestions: [{ messageId: "enableWebhooks" as const, output: apply("true") }, disable] },
    ],
  };
}

const H = '"X-Twilio-Webhook-Enabled": "{v}"';

ruleTester.run("require-webhook-header", rule, {
  valid: [
    // The header is there, in any case and any shape; "false" is an explicit opt-out.
    `fetch("${CONV}/Conversations/CH1/Messages", { method: "POST", headers: { "X-Twilio-Webhook-Enabled": "true" } });`,
    `fetch("${CONV}/Conversations/CH1/Messages", { method: "POST", headers: { "x-twilio-webhook-enabled": "false" } });`,
    `fetch("${CONV}/Conversations/CH1/Messages", { method: "POST", headers: { ["X-TWILIO-WEBHOOK-ENABLED"]: false } });`,
    `fetch("${CONV}/Conversations/CH1/Messages", { method: "POST", headers: new Headers({ "X-Twilio-Webhook-Enabled": "true" }) });`,
    `fetch("${CONV}/Conversations/CH1/Messages", { method: "POST", headers: [["X-Twilio-Webhook-Enabled", "true"]] });`,
    `const h = new Headers(); h.set("X-Twilio-Webhook-Enabled", "true"); fetch("${CONV}/Conversations/CH1/Messages", { method: "POST", headers: h });`,
    `const h = new Headers({ a: "b" }); h.append("x-twilio-webhook-enabled", "true"); fetch("${CONV}/Conversations/CH1/Messages", { method: "POST", headers: h });`,
    `const headers = { "X-Twilio-Webhook-Enabled": "true" }; fetch("${CONV}/Conversations/CH1/Messages", { method: "POST", headers });`,
    `const base = { "X-Twilio-Webhook-Enabled": "true" }; fetch("${CONV}/Conversations/CH1/Messages", { method: "POST", headers: { ...base, a: "b" } });`,
    `import axios from "axios"; axios.post("${CONV}/Conversations", body, { headers: { "X-Twilio-Webhook-Enabled": "true" } });`,
    `import axios from "axios"; const api = axios.create({ baseURL: "${CONV}", headers: { "X-Twilio-Webhook-Enabled": "true" } }); api.post("/Conversations", body);`,
    `import axios from "axios"; const api = axios.create({ baseURL: "${CONV}", headers: { common: { "X-Twilio-Webhook-Enabled": "true" } } }); api.delete("/Conversations/CH1");`,
    `import superagent from "superagent"; await superagent.post("${CONV}/Conversations").set("X-Twilio-Webhook-Enabled", "true").send(body);`,
    `import superagent from "superagent"; await superagent.post("${CONV}/Conversations").set({ "X-Twilio-Webhook-Enabled": "true" });`,
    `import twilio from "twilio"; const client = twilio(sid, token); client.request({ method: "post", uri: "${CONV}/Conversations", headers: { "X-Twilio-Webhook-Enabled": "true" } });`,
    // Reads and other methods are never reported.
    `fetch("${CONV}/Conversations/CH1/Messages");`,
    `fetch("${CONV}/Conversations/CH1/Messages", { method: "GET" });`,
    `import axios from "axios"; axios.get("${CONV}/Conversations/CH1");`,
    `import axios from "axios"; axios.put("${CONV}/Conversations/CH1", body);`,
    `import got from "got"; got("${CONV}/Conversations/CH1");`,
    // Other hosts, versions and paths that take no header.
    `fetch("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json", { method: "POST" });`,
    `fetch("https://conversations.twilio.com/v1/Conversations/CH1/Webhooks", { method: "POST" });`,
    `fetch("https://conversations.twilio.com/v1/Roles", { method: "POST" });`,
    `fetch("https://chat.twilio.com/v1/Services/IS1/Channels", { method: "POST" });`,
    `fetch("https://chat.twilio.com/v2/Services/IS1/Users/US1", { method: "DELETE" });`,
    `fetch("https://conversations.twilio.com.example.com/v1/Conversations", { method: "POST" });`,
    `fetch("http://conversations.twilio.com/v1/Conversations", { method: "POST" });`,
    `fetch("https://conversations.twilio.com/v1/conversations", { method: "POST" });`,
    // Unresolvable URLs, methods, options.
    `function f(url) { return fetch(url, { method: "POST" }); }`,
    `function f(base) { return fetch(\`\${base}/Conversations\`, { method: "POST" }); }`,
    `function f(resource) { return fetch(\`${CONV}/\${resource}\`, { method: "POST" }); }`,
    `function f(method) { return fetch("${CONV}/Conversations", { method }); }`,
    `function f(init) { return fetch("${CONV}/Conversations", init); }`,
    `function f(h) { return fetch("${CONV}/Conversations", { method: "POST", headers: h }); }`,
    `function f(extra) { return fetch("${CONV}/Conversations", { method: "POST", headers: { ...extra } }); }`,
    `function f(extra) { return fetch("${CONV}/Conversations", { ...extra, method: "POST" }); }`,
    `let u = "${CONV}/Conversations"; u = other; fetch(u, { method: "POST" });`,
    `const h = new Headers(); addAuth(h); fetch("${CONV}/Conversations", { method: "POST", headers: h });`,
    `const h = new Headers(); h.set(name, "true"); fetch("${CONV}/Conversations", { method: "POST", headers: h });`,
    `const opts = { method: "POST" }; opts.headers = auth; fetch("${CONV}/Conversations", opts);`,
    // Look-alikes: a local fetch, an axios that is not the axios import, a request() that is not twilio's.
    `function fetch(url, init) {} fetch("${CONV}/Conversations", { method: "POST" });`,
    `const fetch = makeFetch(); fetch("${CONV}/Conversations", { method: "POST" });`,
    `const axios = makeClient(); axios.post("${CONV}/Conversations", body);`,
    `import axios from "./my-axios"; axios.post("${CONV}/Conversations", body);`,
    `client.request({ method: "post", uri: "${CONV}/Conversations" });`,
    `const client = makeClient(); client.request({ method: "post", uri: "${CONV}/Conversations" });`,
    // axios defaults or interceptors may add the header anywhere.
    `import axios from "axios"; axios.defaults.headers.common["X-Twilio-Webhook-Enabled"] = "true"; axios.post("${CONV}/Conversations", body);`,
    `import axios from "axios"; const api = axios.create({ baseURL: "${CONV}" }); api.interceptors.request.use(addHeader); api.post("/Conversations", body);`,
    // got/ky prefixUrl, superagent requests handed elsewhere or given plugins.
    `import got from "got"; got.post("Conversations", { prefixUrl: "${CONV}" });`,
    `import superagent from "superagent"; const req = superagent.post("${CONV}/Conversations"); req.set(h);`,
    `import superagent from "superagent"; await superagent.post("${CONV}/Conversations").use(withWebhooks);`,
  ],
  invalid: [
    // fetch: global, undici, node-fetch.
    missing(`fetch("${CONV}/Conversations/CH1/Messages", { method: "POST"<<, headers: { ${H} }>> });`, MESSAGE_CREATE),
    missing(`fetch("${CONV}/Conversations/CH1/Messages", { method: "post", headers: { Authorization: auth<<, ${H}>> } });`, MESSAGE_CREATE),
    missing(
      `import { fetch } from "undici";\nawait fetch("${CONV}/Conversations/CH1", {\n  method: "POST",\n  headers: {\n    Authorization: auth,\n<<    ${H},\n>>    // keep me\n  },\n});`,
      CONVERSATION_UPDATE,
    ),
    missing(`const { fetch } = require("undici"); fetch("${CONV}/Conversations/CH1", { method: "DELETE"<<, headers: { ${H} }>> });`, {
      operation: "Conversations v1 › Conversation remove",
      webhooks: "onConversationRemoved",
    }),
    missing(`import nodeFetch from "node-fetch"; nodeFetch("${CONV}/Conversations", { method: "POST"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`const f = require("node-fetch"); f("${CONV}/Conversations", { method: "POST"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`import { request } from "undici"; request("${CONV}/Conversations", { method: "POST"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    // URL shapes: template placeholders, + with consts, new URL(path, base), .href, chat and ip-messaging hosts.
    missing(`async function f(sid) { await fetch(\`${CONV}/Conversations/\${sid}/Messages\`, { method: "POST"<<, headers: { ${H} }>> }); }`, MESSAGE_CREATE),
    missing(`const BASE = "${CONV}"; function f(sid, p) { return fetch(BASE + "/Conversations/" + sid + "/Participants/" + p, { method: "DELETE"<<, headers: { ${H} }>> }); }`, PARTICIPANT_REMOVE),
    missing(`const BASE = \`${CONV}\`; const PATH = "/Conversations"; fetch(\`\${BASE}\${PATH}\`, { method: "POST"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`fetch(new URL("/v1/Conversations", "https://conversations.twilio.com"), { method: "POST"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`const base = "${CONV}/"; const url = new URL("Conversations/CH1", base); fetch(url.href, { method: "POST"<<, headers: { ${H} }>> });`, CONVERSATION_UPDATE),
    missing(`const url = new URL(\`${CONV}/Conversations/\${sid}\`); fetch(url.toString(), { method: "POST"<<, headers: { ${H} }>> });`, CONVERSATION_UPDATE),
    missing(`fetch(\`https://\${sid}:\${token}@conversations.twilio.com/v1/Conversations\`, { method: "POST"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`fetch(\`https://chat.twilio.com/v2/Services/IS0/Channels/\${ch}/Members\`, { method: "POST"<<, headers: { ${H} }>> });`, CHAT_MEMBER_CREATE),
    missing(`fetch(\`https://chat.twilio.com/v3/Services/IS0/Channels/\${ch}\`, { method: "POST"<<, headers: { ${H} }>> });`, CHAT3_CHANNEL_UPDATE),
    missing(`fetch("https://ip-messaging.twilio.com/v2/Services/IS0/Channels/CH0/Messages/IM0?x=1", { method: "DELETE"<<, headers: { ${H} }>> });`, IPM_MESSAGE_REMOVE),
    // Header shapes that lack it: new Headers({...}), new Headers(), pairs, a bound object, a Headers built in scope.
    missing(`fetch("${CONV}/Conversations", { method: "POST", headers: new Headers({ a: "b"<<, ${H}>> }) });`, CONVERSATION_CREATE),
    missing(`fetch("${CONV}/Conversations", { method: "POST", headers: new Headers(<<{ ${H} }>>) });`, CONVERSATION_CREATE),
    missing(`fetch("${CONV}/Conversations", { method: "POST", headers: [["a", "b"]<<, ["X-Twilio-Webhook-Enabled", "{v}"]>>] });`, CONVERSATION_CREATE),
    missing(`const auth = { Authorization: "x" }; fetch("${CONV}/Conversations", { method: "POST", headers: <<{ ...>>auth<<, ${H} }>> });`, CONVERSATION_CREATE),
    missing(`const headers = { Authorization: "x" }; fetch("${CONV}/Conversations", { method: "POST", headers<<: { ...headers, ${H} }>> });`, CONVERSATION_CREATE),
    missing(`const h = new Headers(); h.set("Authorization", "x"); fetch("${CONV}/Conversations", { method: "POST", headers: h });`, CONVERSATION_CREATE, { noEdit: true }),
    // Options through a binding: edited in place when used only here, else spread at the call.
    missing(`const init = { method: "POST"<<, headers: { ${H} }>> }; fetch("${CONV}/Conversations", init);`, CONVERSATION_CREATE),
    // Options bound once and used twice: the edit goes to the call, as a spread, not into the shared object. The
    // second call stays silent: once the object has been handed to a function, it may have been changed.
    {
      code: `const init = { method: "POST" }; fetch("${CONV}/Conversations", init); fetch("${CONV}/Conversations/CH1", init);`,
      output: null,
      errors: [
        {
          messageId: "missingHeader",
          data: CONVERSATION_CREATE,
          suggestions: ["true", "false"].map((v) => ({
            messageId: v === "true" ? ("enableWebhooks" as const) : ("disableWebhooks" as const),
            output: `const init = { method: "POST" }; fetch("${CONV}/Conversations", { ...init, headers: { "X-Twilio-Webhook-Enabled": "${v}" } }); fetch("${CONV}/Conversations/CH1", init);`,
          })),
        },
      ],
    },
    // autofix: the enable edit becomes the fix, the opt-out stays a suggestion.
    missing(`fetch("${CONV}/Conversations/CH1/Messages", { method: "POST"<<, headers: { ${H} }>> });`, MESSAGE_CREATE, { autofix: true }),
    // axios: methods, call form, request(), instances with baseURL, a created options argument.
    missing(`import axios from "axios"; axios.delete(\`${CONV}/Conversations/\${c}/Participants/\${p}\`, { auth<<, headers: { ${H} }>> });`, PARTICIPANT_REMOVE),
    missing(`import axios from "axios"; axios.post("${CONV}/Conversations", body, { auth, headers: { Accept: "json"<<, ${H}>> } });`, CONVERSATION_CREATE),
    missing(`import axios from "axios"; axios.post("${CONV}/Conversations"<<, undefined, { headers: { ${H} } }>>);`, CONVERSATION_CREATE),
    missing(`import axios from "axios"; axios.post("${CONV}/Conversations", body<<, { headers: { ${H} } }>>);`, CONVERSATION_CREATE),
    missing(`import axios from "axios"; axios.delete("${CONV}/Conversations/CH1"<<, { headers: { ${H} } }>>);`, {
      operation: "Conversations v1 › Conversation remove",
      webhooks: "onConversationRemoved",
    }),
    missing(`const axios = require("axios"); axios({ method: "post", url: "${CONV}/Conversations", data<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`import axios from "axios"; axios("${CONV}/Conversations", { method: "POST"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`import axios from "axios"; axios.request({ method: "DELETE", baseURL: "${CONV}", url: "Conversations/CH1"<<, headers: { ${H} }>> });`, {
      operation: "Conversations v1 › Conversation remove",
      webhooks: "onConversationRemoved",
    }),
    missing(`import axios from "axios"; const api = axios.create({ baseURL: "${CONV}/", headers: { Accept: "json" } }); api.post("/Conversations/CH1/Messages", data<<, { headers: { ${H} } }>>);`, MESSAGE_CREATE),
    missing(`import axios from "axios"; const api = axios.create({ baseURL: "${CONV}" }); api({ method: "post", url: "/Conversations"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    // got, ky, superagent.
    missing(`import got from "got"; got.post("${CONV}/Conversations", { form<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`import got from "got"; got.post("${CONV}/Conversations"<<, { headers: { ${H} } }>>);`, CONVERSATION_CREATE),
    missing(`import got from "got"; got({ url: "${CONV}/Conversations", method: "POST"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`import got from "got"; got("${CONV}/Conversations/CH1", { method: "DELETE", headers: { a: "b"<<, ${H}>> } });`, {
      operation: "Conversations v1 › Conversation remove",
      webhooks: "onConversationRemoved",
    }),
    missing(`import ky from "ky"; ky.post("${CONV}/Conversations", { body<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`import ky from "ky"; ky("${CONV}/Conversations", { method: "post"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`import superagent from "superagent"; await superagent.post("${CONV}/Conversations")<<.set("X-Twilio-Webhook-Enabled", "{v}")>>.set("Accept", "json").send(body);`, CONVERSATION_CREATE),
    missing(`import request from "superagent"; request.del("${CONV}/Conversations/CH1")<<.set("X-Twilio-Webhook-Enabled", "{v}")>>.then(done);`, {
      operation: "Conversations v1 › Conversation remove",
      webhooks: "onConversationRemoved",
    }),
    // twilio's own client.request, from each client root.
    missing(`import twilio from "twilio"; const client = twilio(sid, token); await client.request({ method: "post", uri: \`${CONV}/Conversations/\${c}/Messages\`, data: { Body: "hi" }<<, headers: { ${H} }>> });`, MESSAGE_CREATE),
    missing(`const client = require("twilio")(sid, token); client.request({ method: "POST", uri: "${CONV}/Conversations"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`import { Twilio } from "twilio"; const client = new Twilio(sid, token); client.request({ method: "POST", uri: "${CONV}/Conversations"<<, headers: { ${H} }>> });`, CONVERSATION_CREATE),
    missing(`exports.handler = async (context, event, callback) => { const client = context.getTwilioClient(); await client.request({ method: "delete", uri: \`${CONV}/Conversations/\${event.c}/Participants/\${event.p}\`<<, headers: { ${H} }>> }); };`, PARTICIPANT_REMOVE),
    // The file's quote style.
    missing(`fetch('${CONV}/Conversations', { method: 'POST'<<, headers: { 'X-Twilio-Webhook-Enabled': '{v}' }>> });`, CONVERSATION_CREATE),
  ],
});
