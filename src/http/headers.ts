/**
 * Is the X-Twilio-Webhook-Enabled header among a request's headers? Any case of the name counts, with any value
 * (`"false"` is an explicit opt-out). Headers are read from a plain object, `new Headers(init)`, a `Headers` built
 * and then `.set`/`.append`-ed in scope, or an array of `[name, value]` pairs.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { memberName, unwrap } from "../ast";
import { HEADER_NAME } from "../spelling";
import { isGlobal, variableOf } from "../scope";
import { initOf, isModuleValue } from "./bindings";
import type { HeaderEdit } from "./fix";
import { keyIsCaseless, lookup, objectLiteral } from "./objects";
import { staticText } from "./text";

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export type HeaderFinding =
  | { kind: "present" }
  | { kind: "unknown" }
  /** `edit`: where the header can be added, when there is a place that changes only this request. */
  | { kind: "missing"; edit?: HeaderEdit };

export const PRESENT: HeaderFinding = { kind: "present" };
export const UNKNOWN: HeaderFinding = { kind: "unknown" };

const isHeader = keyIsCaseless(HEADER_NAME);

/** axios header maps may nest per-method defaults: `{ common: {…}, post: {…} }`. */
const AXIOS_NESTED = ["common", "post", "put", "patch", "delete"];

/** Where a `headers` value sits, for the edit when it lacks the header. */
export interface HeadersSite {
  /** The `headers` property holding the value, when there is one. */
  property?: TSESTree.Property;
  /** True when the value may be edited in place: inline in the request, or a binding used only there. */
  editable: boolean;
}

/** The header in the headers value `node`, used by the request at `use`. */
export function headersFinding(
  sourceCode: SourceCode,
  node: Node,
  use: Node,
  site: HeadersSite,
  opts: { axios?: boolean } = {},
): HeaderFinding {
  const n = unwrap(node);
  const object = objectLiteral(sourceCode, n, use);
  if (object) {
    const found = objectHeader(sourceCode, object.object, use, opts);
    if (found.kind !== "missing") return found;
    if (!object.binding) return site.editable ? { kind: "missing", edit: { type: "intoObject", object: object.object } } : found;
    if (!site.editable) return found;
    return { kind: "missing", edit: { type: "spreadInto", node: object.binding, property: site.property } };
  }
  if (n.type === AST_NODE_TYPES.ArrayExpression) return pairsHeader(sourceCode, n, site.editable);
  if (n.type === AST_NODE_TYPES.NewExpression && isHeadersClass(sourceCode, n.callee)) return newHeaders(sourceCode, n, use, site.editable);
  if (n.type === AST_NODE_TYPES.Identifier) {
    const v = variableOf(sourceCode, n);
    const init = v && initOf(v);
    if (!v || !init) return UNKNOWN;
    if (init.type === AST_NODE_TYPES.NewExpression && isHeadersClass(sourceCode, init.callee)) {
      return headersInstance(sourceCode, v, init, use);
    }
    if (init.type === AST_NODE_TYPES.ArrayExpression) {
      const f = pairsHeader(sourceCode, init, false);
      return f.kind === "missing" && !onlyRead(v, use) ? UNKNOWN : f;
    }
  }
  return UNKNOWN;
}

function objectHeader(sourceCode: SourceCode, object: TSESTree.ObjectExpression, use: Node, opts: { axios?: boolean }): HeaderFinding {
  const direct = lookup(sourceCode, object, isHeader, use);
  if (direct.kind === "found") return PRESENT;
  if (direct.kind === "unknown") return UNKNOWN;
  if (opts.axios) {
    for (const key of AXIOS_NESTED) {
      const nested = lookup(sourceCode, object, (k) => k.toLowerCase() === key, use);
      if (nested.kind === "unknown") return UNKNOWN;
      if (nested.kind === "found") {
        const inner = objectLiteral(sourceCode, nested.value, use);
        if (!inner) return UNKNOWN;
        const f = lookup(sourceCode, inner.object, isHeader, use);
        if (f.kind !== "absent") return f.kind === "found" ? PRESENT : UNKNOWN;
      }
    }
  }
  return { kind: "missing" };
}

/** `[["Content-Type", "…"], …]` (fetch) or a flat `["content-type", "…", …]` (undici.request). */
function pairsHeader(sourceCode: SourceCode, array: TSESTree.ArrayExpression, editable: boolean): HeaderFinding {
  const elements = array.elements;
  if (elements.some((e) => !e || e.type === AST_NODE_TYPES.SpreadElement)) return UNKNOWN;
  const pairs = elements.every((e) => unwrap(e!).type === AST_NODE_TYPES.ArrayExpression);
  const names: (string | undefined)[] = pairs
    ? elements.map((e) => {
        const first = (unwrap(e!) as TSESTree.ArrayExpression).elements[0];
        return first && first.type !== AST_NODE_TYPES.SpreadElement ? staticText(sourceCode, first) : undefined;
      })
    : elements.filter((_, i) => i % 2 === 0).map((e) => staticText(sourceCode, e!));
  if (!pairs && elements.length % 2 !== 0) return UNKNOWN;
  if (names.some((name) => name !== undefined && isHeader(name))) return PRESENT;
  if (names.some((name) => name === undefined)) return UNKNOWN;
  return { kind: "missing", edit: editable && (pairs || elements.length === 0) ? { type: "intoArray", array } : undefined };
}

/** `Headers` the global, or undici's / node-fetch's export. */
function isHeadersClass(sourceCode: SourceCode, callee: Node): boolean {
  const c = unwrap(callee);
  if (c.type === AST_NODE_TYPES.Identifier && c.name === "Headers" && isGlobal(sourceCode, c)) return true;
  return isModuleValue(sourceCode, c, ["undici", "node-fetch", "cross-fetch"], "Headers");
}

function newHeaders(sourceCode: SourceCode, node: TSESTree.NewExpression, use: Node, editable: boolean): HeaderFinding {
  const [init, ...rest] = node.arguments;
  if (rest.length) return UNKNOWN;
  if (!init) {
    const hasParens = sourceCode.getLastToken(node)?.value === ")";
    return { kind: "missing", edit: editable && hasParens ? { type: "headersArgument", node } : undefined };
  }
  if (init.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
  return headersFinding(sourceCode, init, use, { editable });
}

/** `const h = new Headers(…); h.set(name, …)`: every use is a `.set`/`.append` with a known name, or a read. */
function headersInstance(
  sourceCode: SourceCode,
  v: TSESLint.Scope.Variable,
  init: TSESTree.NewExpression,
  use: Node,
): HeaderFinding {
  let finding = newHeaders(sourceCode, init, use, false);
  if (finding.kind === "unknown") return finding;
  for (const ref of v.references) {
    if (ref.init) continue;
    if (ref.isWrite()) return UNKNOWN;
    const id = ref.identifier as Node;
    const parent = id.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === id) {
      const name = memberName(parent);
      const call = parent.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return UNKNOWN;
      if (name === "set" || name === "append") {
        const first = call.arguments[0];
        const header = first && first.type !== AST_NODE_TYPES.SpreadElement ? staticText(sourceCode, first) : undefined;
        if (header === undefined) return UNKNOWN;
        if (isHeader(header)) finding = PRESENT;
        continue;
      }
      if (name === "get" || name === "has" || name === "delete" || name === "forEach" || name === "entries" || name === "keys" || name === "values") continue;
      return UNKNOWN;
    }
    if (!isArgumentAtOrAfter(id, use)) return UNKNOWN;
  }
  return finding;
}

/** No use of the variable but reads, or being passed at or after `use`. */
function onlyRead(v: TSESLint.Scope.Variable, use: Node): boolean {
  return v.references.every((r) => r.init || (!r.isWrite() && isArgumentAtOrAfter(r.identifier as Node, use)));
}

function isArgumentAtOrAfter(id: Node, use: Node): boolean {
  const parent = id.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === id) return id.range[0] >= use.range[0];
  return (
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    parent.arguments.includes(id as TSESTree.Expression) &&
    id.range[0] >= use.range[0]
  );
}
