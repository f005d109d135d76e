/**
 * A request's options object (`fetch(url, init)`, axios config, got/ky options, `client.request(opts)`): its
 * method, URL keys and headers, when they can be proven.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { unwrap } from "../ast";
import { variableOf } from "../scope";
import type { HeaderEdit } from "./fix";
import { headersFinding, type HeaderFinding, UNKNOWN } from "./headers";
import { keyIs, lookup, objectLiteral } from "./objects";
import { staticText } from "./text";
import { resolveUrl } from "./url";

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface RequestOptions {
  /** The options argument as written (undefined when there is none). */
  node: Node | undefined;
  /** Its object literal, when it resolves. */
  object: TSESTree.ObjectExpression | undefined;
  /** Whether its object literal may be edited in place: inline, or a binding used only here. */
  editable: boolean;
  /** The use site: the request call. */
  use: Node;
}

export function requestOptions(sourceCode: SourceCode, node: Node | undefined, use: Node): RequestOptions {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return { node: undefined, object: undefined, editable: false, use };
  const resolved = objectLiteral(sourceCode, node, use);
  const editable = !!resolved && (!resolved.binding || singleUse(sourceCode, resolved.binding));
  return { node, object: resolved?.object, editable, use };
}

function singleUse(sourceCode: SourceCode, id: TSESTree.Identifier): boolean {
  const v = variableOf(sourceCode, id);
  return !!v && v.references.filter((r) => !r.init).length === 1;
}

/**
 * A string option (`method`, `url`, `baseURL`): `null` when absent, undefined when unknown. `url` resolves URLs.
 */
export function stringOption(sourceCode: SourceCode, opts: RequestOptions, key: string, url = false): string | null | undefined {
  if (!opts.node) return null;
  if (!opts.object) return undefined;
  const found = lookup(sourceCode, opts.object, keyIs(key), opts.use);
  if (found.kind === "absent") return null;
  if (found.kind === "unknown") return undefined;
  return url ? resolveUrl(sourceCode, found.value) : staticText(sourceCode, found.value);
}

/** True when the options may carry the key (present or unknowable). */
export function mayHave(sourceCode: SourceCode, opts: RequestOptions, key: string): boolean {
  if (!opts.node) return false;
  if (!opts.object) return true;
  return lookup(sourceCode, opts.object, keyIs(key), opts.use).kind !== "absent";
}

/** The request method: the option (upper-cased), `fallback` when absent, undefined when unknowable. */
export function methodOption(sourceCode: SourceCode, opts: RequestOptions, fallback: string | undefined): string | undefined {
  const m = stringOption(sourceCode, opts, "method");
  return m === null ? fallback : m?.toUpperCase();
}

/**
 * The header in the options' `headers`; `create` is the edit that adds an options argument when there is none.
 */
export function optionsHeaders(
  sourceCode: SourceCode,
  opts: RequestOptions,
  create: HeaderEdit | undefined,
  axios = false,
): HeaderFinding {
  if (!opts.node) return { kind: "missing", edit: create };
  if (!opts.object) return UNKNOWN;
  const found = lookup(sourceCode, opts.object, keyIs("headers"), opts.use);
  if (found.kind === "unknown") return UNKNOWN;
  if (found.kind === "absent") {
    if (opts.editable) return { kind: "missing", edit: { type: "headersProperty", object: opts.object } };
    const arg = unwrap(opts.node);
    return { kind: "missing", edit: arg.type === AST_NODE_TYPES.Identifier ? { type: "spreadOptions", node: opts.node } : undefined };
  }
  return headersFinding(sourceCode, found.value, opts.use, { property: found.property, editable: opts.editable }, { axios });
}
