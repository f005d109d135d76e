/**
 * A raw HTTP request to a Conversations / Chat write endpoint: its client, URL, method and whether it carries
 * X-Twilio-Webhook-Enabled. Candidates are selected by callee shape first; bindings and URLs are resolved after.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import type { CatalogueOperation } from "../catalogue";
import { memberName, unwrap } from "../ast";
import { HEADER_NAME } from "../spelling";
import { type Client, clientOf } from "./clients";
import type { HeaderEdit } from "./fix";
import { type HeaderFinding, PRESENT, UNKNOWN } from "./headers";
import { keyIsCaseless, lookup } from "./objects";
import { mayHave, methodOption, optionsHeaders, requestOptions, stringOption } from "./options";
import { matchRestRequest } from "./rest-paths";
import { staticText } from "./text";
import { axiosFullPath, resolveUrl } from "./url";

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface WriteRequest {
  op: CatalogueOperation;
  /** Where to report: the callee. */
  node: Node;
  /** Computed on demand: the header analysis is the costly part. */
  headers: () => HeaderFinding;
}

/** The Conversations / Chat write `call` sends over raw HTTP, when that can be proven. */
export function writeRequest(sourceCode: SourceCode, call: TSESTree.CallExpression): WriteRequest | undefined {
  const client = clientOf(sourceCode, call);
  if (!client) return undefined;
  const target = describe(sourceCode, call, client);
  if (!target?.url || !target.method) return undefined;
  const op = matchRestRequest(target.url, target.method);
  return op && { op, node: call.callee, headers: target.headers };
}

interface Target {
  url: string | undefined;
  method: string | undefined;
  headers: () => HeaderFinding;
}

function arg(call: TSESTree.CallExpression, i: number): Node | undefined {
  const a = call.arguments[i];
  // A spread before or at the position hides which argument is which.
  return call.arguments.slice(0, i + 1).some((x) => x.type === AST_NODE_TYPES.SpreadElement) ? undefined : a;
}

function hasSpread(call: TSESTree.CallExpression): boolean {
  return call.arguments.some((x) => x.type === AST_NODE_TYPES.SpreadElement);
}

function describe(sourceCode: SourceCode, call: TSESTree.CallExpression, client: Client): Target | undefined {
  if (hasSpread(call)) return undefined;
  switch (client.kind) {
    case "fetch": {
      const input = arg(call, 0);
      const opts = requestOptions(sourceCode, arg(call, 1), call);
      return {
        url: input && resolveUrl(sourceCode, input),
        method: methodOption(sourceCode, opts, client.defaultMethod),
        headers: () => optionsHeaders(sourceCode, opts, undefined),
      };
    }
    case "got":
    case "ky": {
      // got(url, options), got(options) with `url`; ky(url, options); helpers `got.post(url, options)`.
      const first = arg(call, 0);
      const firstOpts = client.kind === "got" && !client.method && first ? requestOptions(sourceCode, first, call) : undefined;
      const optionsForm = !!firstOpts?.object;
      const opts = optionsForm ? firstOpts : requestOptions(sourceCode, arg(call, 1), call);
      // A `prefixUrl` makes the URL relative to something this analysis does not follow.
      if (mayHave(sourceCode, opts, "prefixUrl")) return undefined;
      const url = optionsForm ? stringOption(sourceCode, opts, "url", true) : first && resolveUrl(sourceCode, first);
      const create: HeaderEdit | undefined = !optionsForm && call.arguments.length === 1 && client.method ? { type: "newOptions", after: first! } : undefined;
      return {
        url: url ?? undefined,
        method: client.method ?? methodOption(sourceCode, opts, "GET"),
        headers: () => optionsHeaders(sourceCode, opts, create),
      };
    }
    case "axios":
      return axiosTarget(sourceCode, call, client);
    case "superagent": {
      // superagent.post(url) or superagent(method, url) / superagent(url).
      const [a, b] = [arg(call, 0), arg(call, 1)];
      const method = client.method ?? (b ? (a && staticText(sourceCode, a))?.toUpperCase() : "GET");
      const url = client.method ? a : b ?? a;
      return { url: url && resolveUrl(sourceCode, url), method, headers: () => superagentHeaders(sourceCode, call) };
    }
    case "twilio": {
      const opts = requestOptions(sourceCode, arg(call, 0), call);
      const uri = stringOption(sourceCode, opts, "uri", true);
      return {
        url: uri ?? undefined,
        method: methodOption(sourceCode, opts, undefined),
        headers: () => optionsHeaders(sourceCode, opts, undefined),
      };
    }
  }
}

function axiosTarget(sourceCode: SourceCode, call: TSESTree.CallExpression, client: Extract<Client, { kind: "axios" }>): Target | undefined {
  // Headers added through `.defaults` or interceptors, anywhere, cannot be ruled out.
  if (client.bindings.some((v) => v.references.some((r) => touchesDefaults(r.identifier)))) return undefined;
  const instance = client.instance && requestOptions(sourceCode, client.instance, call);
  let urlNode: Node | undefined;
  let opts;
  let create: HeaderEdit | undefined;
  if (client.method) {
    urlNode = arg(call, 0);
    const index = client.withData ? 2 : 1;
    opts = requestOptions(sourceCode, arg(call, index), call);
    const last = call.arguments[call.arguments.length - 1];
    if (urlNode && call.arguments.length <= index && last) create = { type: "newOptions", after: last, undefinedFirst: call.arguments.length < index };
  } else {
    const first = arg(call, 0);
    const firstOpts = first && requestOptions(sourceCode, first, call);
    const callee = unwrap(call.callee);
    const isRequest = callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "request";
    if (firstOpts?.object || isRequest) opts = firstOpts ?? requestOptions(sourceCode, undefined, call);
    else {
      urlNode = first;
      opts = requestOptions(sourceCode, arg(call, 1), call);
    }
  }
  if (!opts) return undefined;
  if (mayHave(sourceCode, opts, "allowAbsoluteUrls") || (instance && mayHave(sourceCode, instance, "allowAbsoluteUrls"))) return undefined;
  const url = urlNode ? resolveUrl(sourceCode, urlNode) : stringOption(sourceCode, opts, "url", true);
  if (url === undefined) return undefined;
  let baseURL = stringOption(sourceCode, opts, "baseURL", true);
  if (baseURL === null && instance) baseURL = stringOption(sourceCode, instance, "baseURL", true);
  if (baseURL === undefined) return undefined;
  const method = client.method ?? methodOption(sourceCode, opts, instance ? methodOption(sourceCode, instance, "GET") : "GET");
  return {
    url: axiosFullPath(baseURL ?? undefined, url ?? undefined),
    method,
    headers: () => {
      const defaults = instance ? optionsHeaders(sourceCode, { ...instance, editable: false }, undefined, true) : undefined;
      if (defaults && defaults.kind !== "missing") return defaults;
      return optionsHeaders(sourceCode, opts, create, true);
    },
  };
}

/** `x.defaults…` or `x.interceptors…`. */
function touchesDefaults(id: Node): boolean {
  const p = id.parent;
  if (p?.type !== AST_NODE_TYPES.MemberExpression || p.object !== id) return false;
  const name = memberName(p);
  return name === "defaults" || name === "interceptors";
}

/**
 * Walks the chain a superagent request is built with: `.set(name, value)` / `.set({ … })` may add the header; the
 * request must be sent here (awaited, `.then`, `.end`), or code elsewhere could still set it.
 */
function superagentHeaders(sourceCode: SourceCode, call: TSESTree.CallExpression): HeaderFinding {
  const isHeader = keyIsCaseless(HEADER_NAME);
  let found: HeaderFinding = { kind: "missing", edit: { type: "chainSet", call } };
  let cur: Node = call;
  for (;;) {
    const parent: Node | undefined = cur.parent;
    if (parent?.type === AST_NODE_TYPES.ChainExpression || parent?.type === AST_NODE_TYPES.TSNonNullExpression) {
      cur = parent;
      continue;
    }
    if (parent?.type === AST_NODE_TYPES.AwaitExpression) return found;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== cur) return UNKNOWN;
    const next: Node | undefined = parent.parent;
    if (next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== parent) return UNKNOWN;
    const name = memberName(parent);
    if (name !== undefined && SENT.has(name)) return found;
    if (name === "set") {
      const [a] = next.arguments;
      if (!a || a.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
      const header = staticText(sourceCode, a);
      if (header !== undefined) {
        if (isHeader(header)) found = PRESENT;
      } else {
        const object = unwrap(a);
        if (object.type !== AST_NODE_TYPES.ObjectExpression) return UNKNOWN;
        const f = lookup(sourceCode, object, isHeader, next);
        if (f.kind === "unknown") return UNKNOWN;
        if (f.kind === "found") found = PRESENT;
      }
    } else if (!SUPERAGENT_CHAIN.has(name ?? "")) return UNKNOWN;
    cur = next;
  }
}

/** Builder methods that cannot add a header. */
const SUPERAGENT_CHAIN = new Set([
  "send", "type", "accept", "auth", "query", "field", "attach", "timeout", "retry", "ok", "redirects",
  "withCredentials", "buffer", "responseType", "unset",
]);

/** Calls that send a superagent request. */
const SENT = new Set(["then", "end", "catch", "finally"]);
