// Twilio Function (Serverless): POST /join-conversation
// The web client calls it before connecting the Conversations SDK, to make sure the user exists and is a participant.
exports.handler = async (context, event, callback) => {
  const client = context.getTwilioClient();
  const response = new Twilio.Response();
  response.appendHeader("Content-Type", "application/json");

  const identity = String(event.identity || "").trim();
  if (!identity || !event.conversationSid) {
    response.setStatusCode(400);
    response.setBody({ error: "identity and conversationSid are required" });
    return callback(null, response);
  }

  try {
    // New users get a profile; the onUserAdded webhook syncs it to the CRM.
    await client.conversations.v1.users.create({ identity, friendlyName: event.displayName }); // expect: require-webhook-enabled
  } catch (err) {
    if (err.code !== 50201) return callback(err); // 50201: the user already exists
  }

  try {
    const conversation = await client.conversations.v1.conversations(event.conversationSid).fetch();
    // Copied from the REST docs: the header name as a key, which twilio-node ignores (the header is never sent).
    await conversation.participants().create({ identity, "X-Twilio-Webhook-Enabled": "true" }); // expect: require-webhook-enabled
    response.setBody({ conversationSid: conversation.sid, joined: true });
  } catch (err) {
    if (err.code !== 50433) return callback(err); // 50433: already a participant
    response.setBody({ conversationSid: event.conversationSid, joined: false });
  }
  return callback(null, response);
};
