// require-webhook-header on commands run from JS: the Twilio CLI and curl through child_process, execa and zx.
import rule from "../../rules/require-webhook-header";
import { ruleTester } from "../rule-tester";

const MESSAGE_CREATE = { operation: "Conversations v1 › Message create", webhooks: "onMessageAdded" };
const PARTICIPANT_REMOVE = { operation: "Conversations v1 › Participant remove", webhooks: "onParticipantRemoved" };
const CHAT_CHANNEL_CREATE = { operation: "Chat v2 › Channel create", webhooks: "onChannelAdded" };
const CHAT3_CHANNEL_UPDATE = { operation: "Chat v3 › Channel update", webhooks: "onChannelUpdated" };
const USER_CHANNEL_REMOVE = { operation: "Chat v2 › UserChannel remove", webhooks: "onMemberRemoved" };

const MSG_TOPIC = "api:conversations:v1:conversations:messages:create";
const CP = 'import { exec, execSync, execFile, spawn } from "node:child_process";\n';

type Id = "missingCliFlag" | "missingCurlHeader";

/** `<<…>>` is the edit, `{v}` its value: without autofix two suggestions; with it the fix (CLI only) and the opt-out. */
function missing(messageId: Id, template: string, data: Record<string, string>, opts: { autofix?: boolean; noEdit?: boolean } = {}) {
  const apply = (v?: string) => template.replace(/<<([\s\S]*?)>>/g, (_, s: string) => (v === undefined ? "" : s.replace(/\{v\}/g, v)));
  const code = apply();
  const fullData = messageId === "missingCliFlag" ? { ...data, command: /api:[\w:-]+/i.exec(code)![0] } : { ...data, command: "curl" };
  if (opts.noEdit) return { code, output: null, errors: [{ messageId, data: fullData, suggestions: [] }] };
  const enable = { messageId: "enableWebhooks" as const, output: apply("true") };
  const disable = { messageId: "disableWebhooks" as const, output: apply("false") };
  const fixed = opts.autofix && messageId === "missingCliFlag";
  return {
    code,
    ...(opts.autofix ? { options: [{ autofix: true }] as [{ autofix: boolean }] } : {}),
    output: fixed ? apply("true") : null,
    errors: [{ messageId, data: fullData, suggestions: fixed ? [disable] : [enable, disable] }],
  };
}

ruleTester.run("require-webhook-header (commands)", rule, {
  valid: [
    // The flag, in any case, with `=value` or a separate value; "false" is an explicit opt-out.
    `${CP}execSync("twilio ${MSG_TOPIC} --conversation-sid CH1 --body hi --x-twilio-webhook-enabled=true");`,
    `${CP}execSync("twilio ${MSG_TOPIC} --X-Twilio-Webhook-Enabled true --conversation-sid CH1");`,
    `${CP}execSync("twilio ${MSG_TOPIC} --x-twilio-webhook-enabled=false");`,
    `${CP}execFile("twilio", ["${MSG_TOPIC}", "--conversation-sid", sid, "--x-twilio-webhook-enabled", "true"]);`,
    `import { $ } from "zx"; await $\`twilio ${MSG_TOPIC} --conversation-sid \${sid} --x-twilio-webhook-enabled=true\`;`,
    // Reads and resources that take no flag.
    `${CP}execSync("twilio api:conversations:v1:conversations:messages:list --conversation-sid CH1");`,
    `${CP}execSync("twilio api:conversations:v1:conversations:webhooks:create --conversation-sid CH1");`,
    `${CP}execSync("twilio api:core:messages:create --to +1 --body hi");`,
    `${CP}execSync("twilio api:chat:v1:services:channels:create --service-sid IS1");`,
    // A word that may hold the flag: an interpolated value on its own, not a flag's value.
    `import { $ } from "zx"; await $\`twilio ${MSG_TOPIC} --conversation-sid \${sid} \${flags}\`;`,
    `${CP}execFile("twilio", ["${MSG_TOPIC}", ...flags]);`,
    `${CP}execFile("twilio", ["${MSG_TOPIC}", flag]);`,
    `${CP}execFile("twilio", args);`,
    `${CP}function f(topic) { execSync(\`twilio \${topic} --conversation-sid CH1\`); }`,
    // curl: with the header, reads, other hosts, config files or words that may hold options.
    `${CP}execSync('curl -X POST https://conversations.twilio.com/v1/Conversations -H "X-Twilio-Webhook-Enabled: true" -u "$SID:$TOKEN"');`,
    `${CP}execSync("curl -XPOST -Hx-twilio-webhook-enabled:false https://conversations.twilio.com/v1/Conversations");`,
    `${CP}execSync("curl --header 'X-Twilio-Webhook-Enabled: true' --data-urlencode Body=hi https://conversations.twilio.com/v1/Conversations/CH1/Messages");`,
    `${CP}execSync("curl https://conversations.twilio.com/v1/Conversations/CH1/Messages");`,
    `${CP}execSync("curl -G -d PageSize=5 https://conversations.twilio.com/v1/Conversations/CH1/Messages");`,
    `${CP}execSync("curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json -d Body=hi");`,
    `${CP}execSync("curl -K twilio.cfg -X POST https://conversations.twilio.com/v1/Conversations");`,
    `${CP}function f(extra) { execSync(\`curl -X POST https://conversations.twilio.com/v1/Conversations \${extra}\`); }`,
    `${CP}function f(h) { execSync(\`curl -X POST -H "\${h}: true" https://conversations.twilio.com/v1/Conversations\`); }`,
    // Look-alikes: a local exec, a `$` that is jQuery's import, other programs.
    `function execSync(cmd) {} execSync("twilio ${MSG_TOPIC} --conversation-sid CH1");`,
    `import $ from "jquery"; $\`twilio ${MSG_TOPIC}\`;`,
    `${CP}execSync("echo twilio ${MSG_TOPIC}");`,
    `${CP}execSync("twilio-cli ${MSG_TOPIC}");`,
  ],
  invalid: [
    // child_process exec / execSync with a string, the flag placed after the topic.
    missing("missingCliFlag", `${CP}execSync("twilio ${MSG_TOPIC}<< --x-twilio-webhook-enabled={v}>> --conversation-sid CH1 --body hi");`, MESSAGE_CREATE),
    missing("missingCliFlag", `${CP}exec(\`twilio ${MSG_TOPIC}<< --x-twilio-webhook-enabled={v}>> --conversation-sid \${sid} --body "\${body}"\`, cb);`, MESSAGE_CREATE),
    missing("missingCliFlag", `const cp = require("child_process"); cp.execSync("twilio api:conversations:v1:conversations:participants:remove<< --x-twilio-webhook-enabled={v}>> --conversation-sid CH1 --sid MB1");`, PARTICIPANT_REMOVE),
    missing("missingCliFlag", `${CP}execSync("cd /app && npx twilio api:chat:v2:services:channels:create<< --x-twilio-webhook-enabled={v}>> --service-sid IS1 | jq .");`, CHAT_CHANNEL_CREATE),
    missing("missingCliFlag", `${CP}execSync("twilio api:chat:v3:services:channels:update<< --x-twilio-webhook-enabled={v}>> --service-sid IS1 --sid CH1");`, CHAT3_CHANNEL_UPDATE),
    missing("missingCliFlag", `${CP}execSync("twilio api:chat:v2:services:users:channels:remove<< --x-twilio-webhook-enabled={v}>> --service-sid IS1 --user-sid US1 --channel-sid CH1");`, USER_CHANNEL_REMOVE),
    missing("missingCliFlag", `${CP}execSync("TWILIO_PROFILE=prod twilio ${MSG_TOPIC.toUpperCase()}<< --x-twilio-webhook-enabled={v}>>");`, MESSAGE_CREATE),
    // promisify(exec).
    missing("missingCliFlag", `import { promisify } from "node:util"; import { exec } from "node:child_process"; const run = promisify(exec); await run("twilio ${MSG_TOPIC}<< --x-twilio-webhook-enabled={v}>> --conversation-sid CH1");`, MESSAGE_CREATE),
    // Args arrays: execFile, spawn, execa; the flag becomes the element after the topic.
    missing("missingCliFlag", `${CP}execFile("twilio", ["${MSG_TOPIC}"<<, "--x-twilio-webhook-enabled={v}">>, "--conversation-sid", sid, "--body", body]);`, MESSAGE_CREATE),
    missing("missingCliFlag", `${CP}spawn("twilio", ["${MSG_TOPIC}"<<, "--x-twilio-webhook-enabled={v}">>, "--conversation-sid", sid], { stdio: "inherit" });`, MESSAGE_CREATE),
    missing("missingCliFlag", `import { execa } from "execa"; await execa("twilio", ["${MSG_TOPIC}"<<, "--x-twilio-webhook-enabled={v}">>, "--conversation-sid", sid]);`, MESSAGE_CREATE),
    missing("missingCliFlag", `const execa = require("execa"); execa.sync("twilio", ["${MSG_TOPIC}"<<, "--x-twilio-webhook-enabled={v}">>]);`, MESSAGE_CREATE),
    missing("missingCliFlag", `import { execaCommand } from "execa"; await execaCommand("twilio ${MSG_TOPIC}<< --x-twilio-webhook-enabled={v}>> --conversation-sid CH1");`, MESSAGE_CREATE),
    // zx and execa tagged templates, and zx's global `$`.
    missing("missingCliFlag", `import { $ } from "zx"; await $\`twilio ${MSG_TOPIC}<< --x-twilio-webhook-enabled={v}>> --conversation-sid \${sid} --body \${body}\`;`, MESSAGE_CREATE),
    missing("missingCliFlag", `import { $ } from "execa"; await $\`twilio ${MSG_TOPIC}<< --x-twilio-webhook-enabled={v}>> --conversation-sid \${sid}\`;`, MESSAGE_CREATE),
    missing("missingCliFlag", `await $\`twilio ${MSG_TOPIC}<< --x-twilio-webhook-enabled={v}>>\`;`, MESSAGE_CREATE),
    // With autofix the CLI flag is a fix.
    missing("missingCliFlag", `${CP}execSync("twilio ${MSG_TOPIC}<< --x-twilio-webhook-enabled={v}>> --conversation-sid CH1");`, MESSAGE_CREATE, { autofix: true }),
    // An escaped literal: reported, but no edit (the source does not spell the text as it reads).
    missing("missingCliFlag", `${CP}execSync("twilio\\u0020${MSG_TOPIC}");`, MESSAGE_CREATE, { noEdit: true }),
    // curl: -X, --request=, data implying POST; the header quoted against the literal's own quote.
    missing("missingCurlHeader", `${CP}execSync("curl<< -H 'X-Twilio-Webhook-Enabled: {v}'>> -X POST https://conversations.twilio.com/v1/Conversations/CH1/Messages -d Body=hi -u $SID:$TOKEN");`, MESSAGE_CREATE),
    missing("missingCurlHeader", `${CP}execSync('curl<< -H "X-Twilio-Webhook-Enabled: {v}">> -s --data-urlencode "Body=hi there" https://conversations.twilio.com/v1/Conversations/CH1/Messages');`, MESSAGE_CREATE),
    missing("missingCurlHeader", `${CP}exec(\`curl<< -H "X-Twilio-Webhook-Enabled: {v}">> --request=DELETE https://conversations.twilio.com/v1/Conversations/\${c}/Participants/\${p}\`);`, PARTICIPANT_REMOVE),
    missing("missingCurlHeader", `${CP}execSync("curl<< -H 'X-Twilio-Webhook-Enabled: {v}'>> -sSXDELETE https://conversations.twilio.com/v1/Conversations/CH1/Participants/MB1 -H 'Accept: json'");`, PARTICIPANT_REMOVE),
    missing("missingCurlHeader", `${CP}execFile("curl", ["-X", "POST", "https://chat.twilio.com/v2/Services/IS1/Channels"<<, "-H", "X-Twilio-Webhook-Enabled: {v}">>]);`, CHAT_CHANNEL_CREATE),
    missing("missingCurlHeader", `import { $ } from "zx"; await $\`curl<< -H "X-Twilio-Webhook-Enabled: {v}">> -X POST https://conversations.twilio.com/v1/Conversations/\${sid}/Messages --data-urlencode Body=\${body}\`;`, MESSAGE_CREATE),
    // curl is never fixed, even with autofix: it keeps both suggestions.
    missing("missingCurlHeader", `${CP}execSync("curl<< -H 'X-Twilio-Webhook-Enabled: {v}'>> -d Body=hi https://conversations.twilio.com/v1/Conversations/CH1/Messages");`, MESSAGE_CREATE, { autofix: true }),
  ],
});
