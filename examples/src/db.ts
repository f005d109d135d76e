import { PrismaClient } from "@prisma/client";

export const db = new PrismaClient();

/** Keeps our own copy of the transcript for reporting; Twilio stays the source of truth. */
export async function recordMessage(conversationSid: string, author: string, body: string) {
  return db.message.create({
    data: { conversationSid, author, body, receivedAt: new Date() },
  });
}

export async function closeTicket(conversationSid: string) {
  await db.ticket.update({ where: { conversationSid }, data: { closedAt: new Date() } });
}
