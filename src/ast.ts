/** Small AST predicates and accessors shared by the analysis. */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

type Node = TSESTree.Node;

/** Strips what does not change the value: TS wrappers (`x!`, `x as T`, `<T>x`, `x satisfies T`) and `a?.b` chains. */
export function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case AST_NODE_TYPES.ChainExpression:
        n = n.expression;
        break;
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSInstantiationExpression:
        n = n.expression;
        break;
      default:
        return n;
    }
  }
}

/** The static text of a string literal or an expression-free template, else undefined. */
export function staticString(node: Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === "string") return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `a.b` → "b", `a["b"]` → "b", `a[`b`]` → "b", `a[0]` → "0"; otherwise undefined. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) {
    // `this.#client` is named `#client`, as its class field is: no other member can share that name.
    if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.property.name}`;
    return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
  }
  const p = node.property;
  if (p.type === AST_NODE_TYPES.Literal && typeof p.value === "number") return String(p.value);
  return staticString(p);
}

/** The static name of an object property key (identifier, string/number literal, computed string or template). */
export function propertyKeyName(
  prop: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.AccessorProperty | TSESTree.MethodDefinition,
): string | undefined {
  const k = prop.key;
  if (!prop.computed) {
    if (k.type === AST_NODE_TYPES.Identifier) return k.name;
    if (k.type === AST_NODE_TYPES.PrivateIdentifier) return `#${k.name}`;
    if (k.type === AST_NODE_TYPES.Literal) return String(k.value);
    return undefined;
  }
  return staticString(k);
}

export function isFunction(node: Node): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
}

/** The callee's member expression of a call `x.m(…)` (through `x?.m(…)` and TS wrappers). */
export function calleeMember(call: TSESTree.CallExpression): TSESTree.MemberExpression | undefined {
  const c = unwrap(call.callee);
  return c.type === AST_NODE_TYPES.MemberExpression ? c : undefined;
}

/** `member` is written through: `member = …`, `member += …`, `member++`, `delete member`. */
export function isWrittenMember(member: TSESTree.MemberExpression): boolean {
  const target = member.parent;
  return (
    (target?.type === AST_NODE_TYPES.AssignmentExpression && target.left === member) ||
    (target?.type === AST_NODE_TYPES.UpdateExpression && target.argument === member) ||
    (target?.type === AST_NODE_TYPES.UnaryExpression && target.operator === "delete")
  );
}
