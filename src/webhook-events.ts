/**
 * Post-event webhooks that a write fires when it carries `X-Twilio-Webhook-Enabled: true`, per product family,
 * resource and method, from Twilio's webhook documentation (Conversations: "Conversations Webhooks"; Programmable
 * Chat and IP Messaging: "Webhook Events"). Keyed by the resource name the catalogue takes from twilio's types.
 * A test asserts that every catalogue operation has an entry here.
 */
import type { OperationBase } from "./catalogue-types";

type Family = "conversations" | "chat";
type Events = Partial<Record<OperationBase, readonly string[]>>;

export const WEBHOOK_EVENTS: Record<Family, Record<string, Events>> = {
  conversations: {
    Conversation: {
      create: ["onConversationAdded"],
      update: ["onConversationUpdated", "onConversationStateUpdated"],
      remove: ["onConversationRemoved"],
    },
    ConversationWithParticipants: { create: ["onConversationAdded", "onParticipantAdded"] },
    Message: { create: ["onMessageAdded"], update: ["onMessageUpdated"], remove: ["onMessageRemoved"] },
    Participant: { create: ["onParticipantAdded"], update: ["onParticipantUpdated"], remove: ["onParticipantRemoved"] },
    User: { create: ["onUserAdded"], update: ["onUserUpdated"] },
  },
  chat: {
    Channel: { create: ["onChannelAdded"], update: ["onChannelUpdated"], remove: ["onChannelDestroyed"] },
    Member: { create: ["onMemberAdded"], update: ["onMemberUpdated"], remove: ["onMemberRemoved"] },
    Message: { create: ["onMessageSent"], update: ["onMessageUpdated"], remove: ["onMessageRemoved"] },
    User: { create: ["onUserAdded"], update: ["onUserUpdated"] },
    UserChannel: { remove: ["onMemberRemoved"] },
  },
};

export function familyOf(domain: string): Family {
  return domain === "conversations" ? "conversations" : "chat";
}

export function webhookEventsOf(domain: string, resource: string, method: OperationBase): readonly string[] {
  return WEBHOOK_EVENTS[familyOf(domain)][resource]?.[method] ?? [];
}
