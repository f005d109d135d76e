/**
 * Object literals seen through bindings and spreads: which value a key has, when that can be proven.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { isWrittenMember, propertyKeyName, unwrap } from "../ast";
import { variableOf } from "../scope";
import { initOf } from "./bindings";

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export type Lookup =
  | { kind: "found"; value: Node; property: TSESTree.Property }
  | { kind: "absent" }
  | { kind: "unknown" };

const UNKNOWN: Lookup = { kind: "unknown" };
const ABSENT: Lookup = { kind: "absent" };

/**
 * The object literal `node` is, inline or through a binding nothing can have changed before `use` (no writes to
 * it or its members, no escape into a call, alias or return before that point). `binding` is the identifier when
 * it came through one.
 */
export function objectLiteral(
  sourceCode: SourceCode,
  node: Node,
  use: Node,
): { object: TSESTree.ObjectExpression; binding?: TSESTree.Identifier } | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.ObjectExpression) return { object: n };
  if (n.type !== AST_NODE_TYPES.Identifier) return undefined;
  const v = variableOf(sourceCode, n);
  const init = v && initOf(v);
  if (!v || init?.type !== AST_NODE_TYPES.ObjectExpression || !unchanged(v, use)) return undefined;
  return { object: init, binding: n };
}

/** No use of the variable can have changed its object before `use`. */
export function unchanged(v: TSESLint.Scope.Variable, use: Node): boolean {
  for (const ref of v.references) {
    if (ref.init) continue;
    if (ref.isWrite()) return false;
    const id = ref.identifier as Node;
    const parent = id.parent;
    if (!parent) continue;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === id) {
      // Written through, or a method called on it (`init.headers.set(…)` reaches it the same way).
      const target = parent.parent;
      if (isWrittenMember(parent) || (target?.type === AST_NODE_TYPES.CallExpression && target.callee === parent)) return false;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.SpreadElement && parent.parent?.type === AST_NODE_TYPES.ObjectExpression) continue;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === id && parent.parent?.type === AST_NODE_TYPES.ObjectExpression) continue;
    if (
      (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(id as TSESTree.Expression) &&
      id.range[0] >= use.range[0]
    ) {
      continue;
    }
    return false;
  }
  return true;
}

/**
 * The value the object gives the first key `matches` accepts, the later of several winning; spreads of objects that
 * resolve are followed, spreads of anything else and computed keys make the answer unknown unless a later key wins.
 */
export function lookup(
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
  matches: (key: string) => boolean,
  use: Node,
  depth = 0,
): Lookup {
  if (depth > 8) return UNKNOWN;
  let result: Lookup = ABSENT;
  for (const p of object.properties) {
    if (p.type === AST_NODE_TYPES.SpreadElement) {
      const inner = objectLiteral(sourceCode, p.argument, use);
      const r = inner ? lookup(sourceCode, inner.object, matches, use, depth + 1) : UNKNOWN;
      if (r.kind !== "absent") result = r;
      continue;
    }
    const key = propertyKeyName(p);
    if (key === undefined) result = UNKNOWN;
    else if (matches(key)) result = { kind: "found", value: p.value, property: p };
  }
  return result;
}

export const keyIs = (name: string) => (key: string) => key === name;
export const keyIsCaseless = (name: string) => {
  const lower = name.toLowerCase();
  return (key: string) => key.toLowerCase() === lower;
};
