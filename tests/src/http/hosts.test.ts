// The origins and versions the raw-HTTP matching uses must be the ones the installed twilio package calls.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { catalogue } from "../../../src/catalogue";
import { DOMAIN_ORIGINS } from "../../../src/http/hosts";

const REST = path.join(path.dirname(require.resolve("twilio/package.json")), "lib", "rest");
const BASE_FILES: Record<string, string> = { conversations: "ConversationsBase.js", chat: "ChatBase.js", ipMessaging: "IpMessagingBase.js" };

describe("domain origins", () => {
  const domains = [...new Set(catalogue.operations.map((o) => o.domain))];

  it("covers every catalogue domain", () => {
    expect(Object.keys(DOMAIN_ORIGINS).sort()).toEqual(domains.sort());
  });

  it.each(domains)("%s: the origin twilio's <Domain>Base.js passes to Domain", (domain) => {
    const source = readFileSync(path.join(REST, BASE_FILES[domain]!), "utf8");
    const declared = /super\(twilio, "(https:\/\/[^"]+)"\)/.exec(source)?.[1];
    expect(declared).toBe(DOMAIN_ORIGINS[domain]);
  });

  it.each(catalogue.operations.map((o) => [o.id, o.domain, o.version] as const))("%s: version %s/%s is a twilio Version", (_, domain, version) => {
    const source = readFileSync(path.join(REST, domain, `${version.toUpperCase()}.js`), "utf8");
    expect(source).toContain(`super(domain, "${version}")`);
  });
});
