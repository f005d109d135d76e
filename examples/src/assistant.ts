import OpenAI from "openai";

const openai = new OpenAI();

/** Drafts a first answer for the agent; the customer sees it as the "assistant" participant. */
export async function draftReply(customerText: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are a concise, friendly support assistant for Acme Bikes." },
      { role: "user", content: customerText },
    ],
  });
  return completion.choices[0]?.message.content ?? "An agent will be with you shortly.";
}

export function looksAbusive(text: string): boolean {
  return /\b(idiot|stupid)\b/i.test(text);
}
