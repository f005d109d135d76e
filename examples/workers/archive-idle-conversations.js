// Nightly cron: closes support conversations nobody wrote in for two weeks, and purges closed ones after 90 days.
"use strict";

const twilio = require("twilio");

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const DAY = 24 * 60 * 60 * 1000;

async function closeIdleConversations(now = Date.now()) {
  const active = await client.conversations.v1.conversations.list({ state: "active", pageSize: 200 });
  let closed = 0;
  for (const conversation of active) {
    if (now - conversation.dateUpdated.getTime() < 14 * DAY) continue;
    // onConversationStateUpdated tells the agent dashboard the ticket is gone.
    await conversation.update({ state: "closed", xTwilioWebhookEnabled: "true" });
    closed++;
  }
  return closed;
}

function purgeOldClosedConversations(now = Date.now()) {
  return new Promise((resolve, reject) => {
    client.conversations.v1.conversations.each(
      { state: "closed", done: (err) => (err ? reject(err) : resolve()) },
      (conversation) => {
        if (now - conversation.dateUpdated.getTime() < 90 * DAY) return;
        conversation.remove().catch((err) => console.error(`could not purge ${conversation.sid}`, err)); // expect: require-webhook-enabled
      },
    );
  });
}

// Our own "conversations" helper is not Twilio's: it only talks to the reporting store.
const conversations = {
  create: async (row) => ({ ...row, archivedAt: new Date() }),
};

async function main() {
  const closed = await closeIdleConversations();
  await purgeOldClosedConversations();
  await conversations.create({ kind: "nightly-archive", closed });
  console.log(`closed ${closed} idle conversations`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

module.exports = { closeIdleConversations, purgeOldClosedConversations };
