import { describe, expect, it } from "vitest";

import { catalogue } from "../../../src/catalogue";
import { HOLE } from "../../../src/http/hole";
import { DOMAIN_ORIGINS } from "../../../src/http/hosts";
import { kebab, matchCliTopic, matchRestRequest } from "../../../src/http/rest-paths";

const urlOf = (op: (typeof catalogue.operations)[number], fill: string) =>
  `${DOMAIN_ORIGINS[op.domain]}/${op.version}${op.http.path.replace(/\{\w+\}/g, fill)}`;

describe("matchRestRequest", () => {
  it.each(catalogue.operations.map((o) => [o.id, o] as const))("%s: its own path, sids literal or unknown", (_, op) => {
    expect(matchRestRequest(urlOf(op, "XX0"), op.http.method)?.id).toBe(op.id);
    expect(matchRestRequest(urlOf(op, HOLE), op.http.method.toLowerCase())?.id).toBe(op.id);
    expect(matchRestRequest(`${urlOf(op, `a${HOLE}`)}?x=1#y`, op.http.method)?.id).toBe(op.id);
  });

  it.each(catalogue.operations.map((o) => [o.id, o] as const))("%s: not as a GET, nor with a segment too many or too few", (_, op) => {
    expect(matchRestRequest(urlOf(op, "XX0"), "GET")).toBeUndefined();
    expect(matchRestRequest(`${urlOf(op, "XX0")}/Extra`, op.http.method)?.id).not.toBe(op.id);
    expect(matchRestRequest(`${urlOf(op, "XX0")}/XX1/extra`, op.http.method)).toBeUndefined();
    expect(matchRestRequest(`${urlOf(op, "XX0")}/`, op.http.method)).toBeUndefined();
    expect(matchRestRequest(urlOf(op, "XX0").replace(/\/[^/]+$/, ""), op.http.method)?.id).not.toBe(op.id);
  });

  it("needs the literal segments, the host and the version to be known", () => {
    expect(matchRestRequest(`https://conversations.twilio.com/v1/${HOLE}`, "POST")).toBeUndefined();
    expect(matchRestRequest(`https://conversations.twilio.com/${HOLE}/Conversations`, "POST")).toBeUndefined();
    expect(matchRestRequest(`https://${HOLE}.twilio.com/v1/Conversations`, "POST")).toBeUndefined();
    expect(matchRestRequest(`https://conversations.twilio.com/v1/Conversations/${HOLE}/Messages`, "POST")?.id).toBe(
      "conversations.v1.conversations.messages.create",
    );
    expect(matchRestRequest(`https://conversations.twilio.com/v1/Conversations//Messages`, "POST")).toBeUndefined();
    expect(matchRestRequest(`${HOLE}/v1/Conversations`, "POST")).toBeUndefined();
    expect(matchRestRequest(`https://${HOLE}:${HOLE}@CONVERSATIONS.twilio.com:443/v1/Conversations`, "POST")?.id).toBe(
      "conversations.v1.conversations.create",
    );
  });

  it("keeps Chat v2 and v3 apart, and IP Messaging on its own host", () => {
    expect(matchRestRequest("https://chat.twilio.com/v3/Services/IS1/Channels/CH1", "POST")?.id).toBe("chat.v3.channels.update");
    expect(matchRestRequest("https://chat.twilio.com/v2/Services/IS1/Channels/CH1", "POST")?.id).toBe("chat.v2.services.channels.update");
    expect(matchRestRequest("https://chat.twilio.com/v3/Services/IS1/Channels/CH1", "DELETE")).toBeUndefined();
    expect(matchRestRequest("https://ip-messaging.twilio.com/v2/Services/IS1/Channels", "POST")?.id).toBe("ipMessaging.v2.services.channels.create");
    expect(matchRestRequest("https://chat.twilio.com/v2/Services/IS1/Users/US1", "DELETE")).toBeUndefined();
  });
});

describe("matchCliTopic", () => {
  it("derives topics from the REST path, kebab-cased", () => {
    expect(kebab("ConversationWithParticipants")).toBe("conversation-with-participants");
    expect(matchCliTopic("api:conversations:v1:conversation-with-participants:create")?.id).toBe(
      "conversations.v1.conversationWithParticipants.create",
    );
    expect(matchCliTopic("api:conversations:v1:services:conversations:participants:update")?.id).toBe(
      "conversations.v1.services.conversations.participants.update",
    );
    expect(matchCliTopic("api:chat:v2:services:users:channels:remove")?.id).toBe("chat.v2.services.users.userChannels.remove");
    expect(matchCliTopic("API:Conversations:V1:Conversations:Create")?.id).toBe("conversations.v1.conversations.create");
  });

  it("knows nothing else", () => {
    expect(matchCliTopic("api:conversations:v1:conversations:fetch")).toBeUndefined();
    expect(matchCliTopic("api:conversations:v1:conversations:webhooks:create")).toBeUndefined();
    expect(matchCliTopic("api:core:messages:create")).toBeUndefined();
  });

  it("has one topic per operation", () => {
    const ids = catalogue.operations.map((o) =>
      matchCliTopic(
        ["api", o.domain === "ipMessaging" ? "ip-messaging" : o.domain, o.version, ...o.http.path.split("/").filter((s) => s && !s.startsWith("{")).map(kebab), o.method].join(":"),
      )?.id,
    );
    expect(ids).toEqual(catalogue.operations.map((o) => o.id));
  });
});
