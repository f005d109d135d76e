/**
 * The catalogue's REST endpoints, indexed once: which Conversations / Chat write a URL and an HTTP method make.
 * A placeholder (`{ConversationSid}`) matches one non-empty path segment; a HOLE in the URL stands for text that
 * stays inside its segment, so it may sit in a placeholder's segment but never in a literal one.
 */
import { catalogue, type CatalogueOperation } from "../catalogue";

import { HOLE } from "./hole";
import { CLI_DOMAINS, hostOf } from "./hosts";

interface Endpoint {
  op: CatalogueOperation;
  httpMethod: string;
  /** Path segments after the version: a literal, or null for a placeholder. */
  segments: (string | null)[];
}

/** `host/version` → the write endpoints served there. */
const ENDPOINTS = new Map<string, Endpoint[]>();
for (const op of catalogue.operations) {
  const host = hostOf(op.domain);
  if (!host) continue;
  const key = `${host}/${op.version}`;
  const segments = op.http.path.split("/").slice(1).map((s) => (/^\{\w+\}$/.test(s) ? null : s));
  const list = ENDPOINTS.get(key) ?? [];
  list.push({ op, httpMethod: op.http.method.toUpperCase(), segments });
  ENDPOINTS.set(key, list);
}

/**
 * The catalogue operation that `method url` performs, when the URL provably names one: an `https://` URL on a
 * Conversations / Chat host, a known version, and a path whose literal segments are all known.
 */
export function matchRestRequest(url: string, method: string): CatalogueOperation | undefined {
  const m = /^https:\/\/([^/?#]*)(\/[^?#]*)?/i.exec(url);
  if (!m) return undefined;
  // Userinfo (`https://sid:token@host`) may hold holes; the host after it may not.
  const authority = m[1].slice(m[1].lastIndexOf("@") + 1).toLowerCase();
  if (authority.includes(HOLE)) return undefined;
  const host = authority.replace(/:443$/, "");
  const path = (m[2] ?? "").split("/").slice(1);
  const [version, ...rest] = path;
  if (version === undefined) return undefined;
  const endpoints = ENDPOINTS.get(`${host}/${version}`);
  if (!endpoints) return undefined;
  const verb = method.toUpperCase();
  return endpoints.find(
    (e) =>
      e.httpMethod === verb &&
      e.segments.length === rest.length &&
      e.segments.every((s, i) => (s === null ? rest[i] !== "" : rest[i] === s)),
  )?.op;
}

/** Twilio CLI topic → operation: `api:conversations:v1:conversations:messages:create`, built from the REST path. */
const CLI_TOPICS = new Map<string, CatalogueOperation>();

export function kebab(segment: string): string {
  return segment.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

for (const op of catalogue.operations) {
  const domain = CLI_DOMAINS[op.domain];
  if (!domain) continue;
  const resources = op.http.path.split("/").filter((s) => s !== "" && !/^\{\w+\}$/.test(s)).map(kebab);
  CLI_TOPICS.set(["api", domain, op.version, ...resources, op.method].join(":"), op);
}

/** The catalogue write a Twilio CLI command (`api:…:create`, any case) runs. */
export function matchCliTopic(topic: string): CatalogueOperation | undefined {
  return CLI_TOPICS.get(topic.toLowerCase());
}
