/**
 * Where each catalogue domain is served. twilio-node declares these in `lib/rest/<Domain>Base.js`
 * (`super(twilio, "https://conversations.twilio.com")`) and the versions in `lib/rest/<domain>/V<n>.js`;
 * tests/src/http/hosts.test.ts checks this table against the installed package.
 */
export const DOMAIN_ORIGINS: Readonly<Record<string, string>> = {
  conversations: "https://conversations.twilio.com",
  chat: "https://chat.twilio.com",
  ipMessaging: "https://ip-messaging.twilio.com",
};

/** Domain names as the Twilio CLI spells them in `api:<domain>:<version>:…` topics. */
export const CLI_DOMAINS: Readonly<Record<string, string>> = {
  conversations: "conversations",
  chat: "chat",
  ipMessaging: "ip-messaging",
};

/** The host (lower case) of a domain's origin. */
export function hostOf(domain: string): string | undefined {
  const origin = DOMAIN_ORIGINS[domain];
  return origin === undefined ? undefined : new URL(origin).host;
}
