/** Indexes over the generated operation catalogue, built once at load time. */
import type { CatalogueOperation, OperationBase, Receiver } from "./catalogue-types";
import { catalogue } from "./catalogue.generated";
import { webhookEventsOf } from "./webhook-events";

export type { CatalogueOperation, OperationBase, Receiver } from "./catalogue-types";
export { catalogue };

/** Domain properties that anchor a chain: `client.conversations`, `client.chat`, `client.ipMessaging`. */
export const DOMAIN_NAMES: ReadonlySet<string> = new Set(catalogue.operations.map((o) => o.domain));

/** Every method name that takes the option (`create`, `updateWithHttpInfo`, …): the cheap candidate filter. */
export const METHOD_NAMES: ReadonlySet<string> = new Set(catalogue.operations.flatMap((o) => o.methods));

const VERSIONS = new Set(catalogue.operations.map((o) => `${o.domain}/${o.version}`));
/** `domain/version/a/b` for every list on the way to an operation: chains that leave these are not ours. */
const LISTS = new Map<string, number>(Object.entries(catalogue.lists));
const BY_KEY = new Map<string, CatalogueOperation>(
  catalogue.operations.map((o) => [`${o.domain}/${o.version}/${o.path.join("/")}#${o.method}`, o]),
);

export function isVersion(domain: string, name: string): boolean {
  return VERSIONS.has(`${domain}/${name}`);
}

/** The version a domain-level shorthand list stands for (`client.chat.channels` → `v3`). */
export function shorthandVersion(domain: string, name: string): string | undefined {
  const v = catalogue.shorthands[domain]?.[name];
  return v !== undefined && Object.prototype.hasOwnProperty.call(catalogue.shorthands[domain], name) ? v : undefined;
}

export function isListPath(domain: string, version: string, path: readonly string[]): boolean {
  return LISTS.has(`${domain}/${version}/${path.join("/")}`);
}

/** How many sids the list's call (and `get`) takes: `conversations(sid)` 1, Chat v3 `channels(serviceSid, sid)` 2. */
export function listArity(domain: string, version: string, path: readonly string[]): number {
  return LISTS.get(`${domain}/${version}/${path.join("/")}`) ?? 0;
}

export function baseOf(method: string): OperationBase | undefined {
  const base = method.replace(/WithHttpInfo$/, "");
  return base === "create" || base === "update" || base === "remove" ? base : undefined;
}

/** The catalogue operation `method` performs on the given receiver, if any. */
export function findOperation(
  domain: string,
  version: string,
  path: readonly string[],
  receiver: Receiver,
  method: string,
): CatalogueOperation | undefined {
  const base = baseOf(method);
  if (!base) return undefined;
  const op = BY_KEY.get(`${domain}/${version}/${path.join("/")}#${base}`);
  return op && op.methods.includes(method) && op.receivers.includes(receiver) ? op : undefined;
}

const DOMAIN_TITLES: Record<string, string> = { conversations: "Conversations", chat: "Chat", ipMessaging: "IP Messaging" };

/** The operation in Twilio's terms: "Conversations v1 › Message create". */
export function operationLabel(op: CatalogueOperation): string {
  const scope = op.domain === "conversations" && op.path[0] === "services" ? "Service " : "";
  return `${DOMAIN_TITLES[op.domain] ?? op.domain} ${op.version} › ${scope}${op.resource} ${op.method}`;
}

/** "onMessageAdded" / "onConversationUpdated and onConversationStateUpdated" / a generic phrase. */
export function webhooksPhrase(op: CatalogueOperation): string {
  const events = webhookEventsOf(op.domain, op.resource, op.method);
  if (events.length === 0) return "its post-event webhooks";
  if (events.length === 1) return events[0];
  return `${events.slice(0, -1).join(", ")} and ${events[events.length - 1]}`;
}
