/**
 * Which HTTP client a call uses, recognised by its import/require binding (never by name alone): the global
 * `fetch`, undici, node-fetch, axios (and its instances), got, ky, superagent, and twilio's `client.request`.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { memberName, unwrap } from "../ast";
import { isGlobal, variableOf } from "../scope";
import { constInit, type ModuleValue, moduleValue } from "./bindings";

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export type Client =
  /** `fetch(input, init)`-shaped: global fetch, undici `fetch`/`request`, node-fetch */
  | { kind: "fetch"; defaultMethod: "GET"; flatHeaders: boolean }
  /** axios: `method` undefined for the config forms `axios(config)`, `axios(url, config)`, `axios.request(config)` */
  | { kind: "axios"; method?: string; withData: boolean; instance?: TSESTree.ObjectExpression; bindings: TSESLint.Scope.Variable[] }
  | { kind: "got" | "ky"; method?: string }
  | { kind: "superagent"; method?: string }
  | { kind: "twilio" };

/** Method helpers of each client and the HTTP method they send. */
const AXIOS_METHODS: Record<string, [string, boolean]> = {
  post: ["POST", true], put: ["PUT", true], patch: ["PATCH", true], delete: ["DELETE", false],
  postForm: ["POST", true], putForm: ["PUT", true], patchForm: ["PATCH", true],
  get: ["GET", false], head: ["HEAD", false], options: ["OPTIONS", false],
};
const GOT_METHODS: Record<string, string> = { post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE", get: "GET", head: "HEAD" };
const SUPERAGENT_METHODS: Record<string, string> = { ...GOT_METHODS, del: "DELETE" };
const FETCH_MODULES = ["node-fetch", "cross-fetch"];

/** Callee names worth resolving: every client's method names, and any identifier (an imported client). */
export const MEMBER_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(AXIOS_METHODS),
  ...Object.keys(SUPERAGENT_METHODS),
  "fetch",
  "request",
]);

export function clientOf(sourceCode: SourceCode, call: TSESTree.CallExpression): Client | undefined {
  const callee = unwrap(call.callee);
  const name =
    callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
  if (name === undefined) return undefined;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !MEMBER_NAMES.has(name)) return undefined;
  const mv = moduleValue(sourceCode, callee);
  if (mv) return moduleClient(sourceCode, mv, callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (name === "fetch" && isGlobal(sourceCode, callee)) return { kind: "fetch", defaultMethod: "GET", flatHeaders: false };
    return axiosInstance(sourceCode, callee, undefined);
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    if (name === "request" && isTwilioClient(sourceCode, callee.object)) return { kind: "twilio" };
    return axiosInstance(sourceCode, callee.object, name);
  }
  return undefined;
}

function moduleClient(sourceCode: SourceCode, mv: ModuleValue, callee: Node): Client | undefined {
  const { module, member } = mv;
  if ((module === "undici" && member === "fetch") || (FETCH_MODULES.includes(module) && member === null)) {
    return { kind: "fetch", defaultMethod: "GET", flatHeaders: false };
  }
  if (module === "undici" && member === "request") return { kind: "fetch", defaultMethod: "GET", flatHeaders: true };
  if (module === "axios") {
    const bindings = axiosBindings(sourceCode, callee);
    if (member === null || member === "request") return { kind: "axios", withData: false, bindings };
    const m = AXIOS_METHODS[member];
    return m && { kind: "axios", method: m[0], withData: m[1], bindings };
  }
  if (module === "got" || module === "ky") {
    if (member === null) return { kind: module };
    const m = GOT_METHODS[member];
    return m === undefined ? undefined : { kind: module, method: m };
  }
  if (module === "superagent") {
    if (member === null) return { kind: "superagent" };
    const m = SUPERAGENT_METHODS[member];
    return m === undefined ? undefined : { kind: "superagent", method: m };
  }
  return undefined;
}

/** The variables a call reaches axios through (their `.defaults` / `.interceptors` may add headers anywhere). */
function axiosBindings(sourceCode: SourceCode, callee: Node): TSESLint.Scope.Variable[] {
  let root = unwrap(callee);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
  const v = root.type === AST_NODE_TYPES.Identifier ? variableOf(sourceCode, root) : null;
  return v ? [v] : [];
}

/** `api(config)`, `api.post(url)` where `const api = axios.create(config)`. */
function axiosInstance(sourceCode: SourceCode, target: Node, name: string | undefined): Client | undefined {
  const id = unwrap(target);
  if (id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constInit(sourceCode, id);
  if (init?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const create = unwrap(init.callee);
  const mv = moduleValue(sourceCode, create);
  if (!mv || mv.module !== "axios" || mv.member !== "create") return undefined;
  const [config] = init.arguments;
  const instanceConfig = config && unwrap(config);
  if (config && instanceConfig?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const bindings = [...axiosBindings(sourceCode, create), variableOf(sourceCode, id)!];
  const instance = instanceConfig?.type === AST_NODE_TYPES.ObjectExpression ? instanceConfig : undefined;
  if (name === undefined || name === "request") return { kind: "axios", withData: false, instance, bindings };
  const m = AXIOS_METHODS[name];
  return m && { kind: "axios", method: m[0], withData: m[1], instance, bindings };
}

/** `twilio(…)`, `require("twilio")(…)`, `new Twilio(…)`, `context.getTwilioClient()`, or a binding of one. */
export function isTwilioClient(sourceCode: SourceCode, node: Node, depth = 0): boolean {
  if (depth > 8) return false;
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.AwaitExpression) return false;
  if (n.type === AST_NODE_TYPES.Identifier) {
    const init = constInit(sourceCode, n);
    return !!init && isTwilioClient(sourceCode, init, depth + 1);
  }
  if (n.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(n.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "getTwilioClient" && n.arguments.length === 0) return true;
    const mv = moduleValue(sourceCode, callee);
    return !!mv && mv.module === "twilio" && mv.member === null;
  }
  if (n.type === AST_NODE_TYPES.NewExpression) {
    const mv = moduleValue(sourceCode, n.callee);
    return !!mv && mv.module === "twilio" && (mv.member === null || mv.member === "Twilio");
  }
  return false;
}
