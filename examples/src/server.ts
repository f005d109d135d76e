import express, { type Request, type Response } from "express";

import { draftReply, looksAbusive } from "./assistant";
import { closeTicket, db, recordMessage } from "./db";
import { client, SUPPORT_PHONE_NUMBER, SUPPORT_SERVICE_SID } from "./twilio-client";

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: false }));

const support = client.conversations.v1.services(SUPPORT_SERVICE_SID);

interface OpenTicketBody {
  customerId: string;
  topic: string;
}

// A customer opens a support chat from the help centre.
app.post("/support/conversations", async (req: Request<{}, {}, OpenTicketBody>, res: Response) => {
  const { customerId, topic } = req.body;
  const conversation = await support.conversations.create({
    friendlyName: `Support: ${topic}`,
    uniqueName: `support-${customerId}-${Date.now()}`,
    attributes: JSON.stringify({ customerId, topic }),
    xTwilioWebhookEnabled: "true",
  });
  // The routing webhook (onParticipantAdded) assigns an agent when the customer joins.
  await conversation.participants().create({ identity: customerId }); // expect: require-webhook-enabled
  await db.ticket.create({ data: { customerId, conversationSid: conversation.sid } });
  res.status(201).json({ sid: conversation.sid });
});

// An agent picks the ticket up from the dashboard.
app.post("/support/conversations/:sid/agents", async (req: Request<{ sid: string }>, res: Response) => {
  const participant = await support
    .conversations(req.params.sid)
    .participants.create({
      identity: req.body.agentId,
      attributes: JSON.stringify({ role: "agent" }),
      xTwilioWebhookEnabled: "true",
    });
  res.status(201).json({ sid: participant.sid });
});

// Staff post a notice ("We are closed on Monday") into an open ticket.
app.post("/support/conversations/:sid/notices", async (req: Request<{ sid: string }>, res: Response) => {
  const notice = { author: "system", body: String(req.body.text) };
  const message = await support.conversations(req.params.sid).messages.create(notice); // expect: require-webhook-enabled
  res.status(201).json({ sid: message.sid });
});

// The agent closes the ticket; the onConversationStateUpdated webhook sends the satisfaction survey.
app.post("/support/conversations/:sid/close", async (req: Request<{ sid: string }>, res: Response) => {
  const { conversations } = support;
  await conversations(req.params.sid).update({ state: "closed" }); // expect: require-webhook-enabled
  await closeTicket(req.params.sid);
  res.sendStatus(204);
});

// Redaction request: the message goes, and the search index must hear about it.
app.delete("/support/conversations/:sid/messages/:messageSid", async (req: Request<{ sid: string; messageSid: string }>, res: Response) => {
  await support.conversations(req.params.sid).messages(req.params.messageSid).remove(); // expect: require-webhook-enabled
  res.sendStatus(204);
});

// Customers who left the chat get a text instead (SMS: no Conversations webhook involved).
app.post("/support/sms-fallback", async (req: Request, res: Response) => {
  await client.messages.create({
    to: req.body.phone,
    from: SUPPORT_PHONE_NUMBER,
    body: "We replied to your support request. Open the help centre to continue the chat.",
  });
  res.sendStatus(202);
});

// Post-event webhook target (onMessageAdded). It writes back with webhooks off on purpose, so it cannot loop.
app.post("/webhooks/conversations", async (req: Request, res: Response) => {
  const { EventType, ConversationSid, MessageSid, Author, Body } = req.body as Record<string, string>;
  if (EventType !== "onMessageAdded" || Author === "assistant") {
    res.sendStatus(200);
    return;
  }
  await recordMessage(ConversationSid!, Author!, Body!);
  const conversation = support.conversations(ConversationSid!);
  if (looksAbusive(Body!)) {
    await conversation.messages(MessageSid!).update({
      attributes: JSON.stringify({ hidden: true, reason: "abuse" }),
      xTwilioWebhookEnabled: "false",
    });
  }
  const reply = await draftReply(Body!);
  await conversation.messages.create({ author: "assistant", body: reply, xTwilioWebhookEnabled: "false" });
  res.sendStatus(200);
});

app.listen(Number(process.env.PORT ?? 3000));
