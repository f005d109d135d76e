// Queue consumer for moderation jobs on the legacy Programmable Chat service (still used by the mobile app v3).
import { Consumer } from "sqs-consumer";
import twilio from "twilio";

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const chat = client.chat.v2.services(process.env.TWILIO_CHAT_SERVICE_SID);
const quiet = { xTwilioWebhookEnabled: "false" };

async function handle(job) {
  switch (job.type) {
    case "kick":
      // onMemberRemoved updates the member list in the moderation console.
      await new Promise((resolve, reject) => {
        chat.channels(job.channelSid).members(job.memberSid).remove((err) => (err ? reject(err) : resolve())); // expect: require-webhook-enabled
      });
      return;
    case "rename":
      await chat.channels(job.channelSid).update({ friendlyName: job.friendlyName, xTwilioWebhookEnabled: "true" });
      return;
    case "announce":
      // Announcements come from the bot: our own onMessageSent handler must not answer them.
      await chat.channels(job.channelSid).messages.create({ ...quiet, from: "moderator-bot", body: job.text });
      return;
    case "make-private":
      await client.chat.channels(process.env.TWILIO_CHAT_SERVICE_SID, job.channelSid).update({ type: "private" }); // expect: require-webhook-enabled
      return;
    case "delete-message": {
      const messages = await chat.channels(job.channelSid).messages.list({ order: "desc", limit: 50 });
      const target = messages.find((m) => m.sid === job.messageSid);
      await target?.remove(); // expect: require-webhook-enabled
      return;
    }
    default:
      throw new Error(`unknown moderation job ${job.type}`);
  }
}

Consumer.create({
  queueUrl: process.env.MODERATION_QUEUE_URL,
  handleMessage: async (message) => {
    await handle(JSON.parse(message.Body));
  },
}).start();
