/**
 * Static text of string-valued expressions, with HOLEs for what cannot be known: literals, templates (each
 * placeholder that does not resolve is one HOLE), `+` concatenation, and `const` bindings of those.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { unwrap } from "../ast";
import { constInit } from "./bindings";
import { HOLE } from "./hole";

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

const MAX_DEPTH = 16;

/** The fully static string value of `node` (no holes), else undefined. */
export function staticText(sourceCode: SourceCode, node: Node): string | undefined {
  const t = partialText(sourceCode, node);
  return t === undefined || t.includes(HOLE) ? undefined : t;
}

/**
 * The text `node` evaluates to, a HOLE standing for each part that cannot be known; undefined when the node is not
 * recognisably a string (an unresolvable identifier or call on its own).
 */
export function partialText(sourceCode: SourceCode, node: Node, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const n = unwrap(node);
  switch (n.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof n.value === "string") return n.value;
      if (typeof n.value === "number") return String(n.value);
      return undefined;
    case AST_NODE_TYPES.TemplateLiteral: {
      let out = "";
      n.quasis.forEach((q, i) => {
        out += q.value.cooked ?? HOLE;
        const e = n.expressions[i];
        if (e) out += partialText(sourceCode, e, depth + 1) ?? HOLE;
      });
      return out;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (n.operator !== "+") return undefined;
      const left = partialText(sourceCode, n.left, depth + 1);
      const right = partialText(sourceCode, n.right, depth + 1);
      // `+` is string concatenation only when one side is known to be a string.
      if (left === undefined && right === undefined) return undefined;
      return (left ?? HOLE) + (right ?? HOLE);
    }
    case AST_NODE_TYPES.Identifier: {
      const init = constInit(sourceCode, n);
      return init ? partialText(sourceCode, init, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}
