/**
 * What value an `xTwilioWebhookEnabled` option carries, for the rule that checks it against twilio's declared
 * `"true" | "false"`.
 *
 * Without type information: a literal (string, number, boolean, null, regex, bigint), an expression-free template, or
 * an identifier bound by `const` (or by a `let` that is never written again) to one of those, through chains of such
 * bindings. Anything else is unresolved. With type information (a TS program from the parser), the type of an
 * unresolved value is checked for assignability to `"true" | "false"`.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";

import { staticString, unwrap } from "./ast";
import { isReassigned, variableOf } from "./scope";
import type { TypedServices } from "./typed";

const { DefinitionType } = TSESLint.Scope;

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The strings twilio declares for the option. */
export const DOCUMENTED_VALUES: readonly string[] = ["true", "false"];

export type StaticValue = string | number | bigint | boolean | null | RegExp;

export interface ResolvedLiteral {
  /** The literal (or expression-free template) the value comes from. */
  literal: TSESTree.Literal | TSESTree.TemplateLiteral;
  value: StaticValue;
  /**
   * True when the literal may be edited in place: it is the option's value itself, or it sits at the end of a chain of
   * bindings each read only on this chain (not exported, not annotated with a type, initialised with the plain
   * literal or identifier). Editing it then changes nothing else in the program.
   */
  private: boolean;
}

/** Follows `value` to the literal it statically is, or returns undefined. */
export function resolveLiteral(sourceCode: SourceCode, value: Node): ResolvedLiteral | undefined {
  let node = unwrap(value);
  let isPrivate = true;
  const seen = new Set<Node>();
  for (;;) {
    const literal = staticLiteral(node);
    if (literal) return { ...literal, private: isPrivate };
    if (node.type !== AST_NODE_TYPES.Identifier || seen.has(node)) return undefined;
    seen.add(node);
    const binding = constBinding(sourceCode, node);
    if (!binding) return undefined;
    isPrivate &&= binding.private;
    node = unwrap(binding.init);
  }
}

function staticLiteral(node: Node): Pick<ResolvedLiteral, "literal" | "value"> | undefined {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    const text = staticString(node);
    return text === undefined ? undefined : { literal: node, value: text };
  }
  if (node.type !== AST_NODE_TYPES.Literal) return undefined;
  if ("regex" in node && node.regex) return { literal: node, value: new RegExp(node.regex.pattern, node.regex.flags) };
  if ("bigint" in node && node.bigint) return { literal: node, value: node.bigint };
  return { literal: node, value: node.value };
}

/**
 * The initialiser of a `const` (or a `let` never written after it) that `id` reads, and whether that binding is read
 * only here and can be edited without touching anything else.
 */
function constBinding(sourceCode: SourceCode, id: TSESTree.Identifier): { init: Node; private: boolean } | undefined {
  const variable = variableOf(sourceCode, id);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== DefinitionType.Variable) return undefined;
  const declarator = def.node;
  const declaration = def.parent;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  if (declaration.kind !== "const" && declaration.kind !== "let") return undefined;
  if (declaration.kind === "let" && isReassigned(variable)) return undefined;
  const reads = variable.references.filter((r) => !r.init);
  const exported = declaration.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
  const isPrivate =
    reads.length === 1 &&
    reads[0].identifier === id &&
    !exported &&
    !declarator.id.typeAnnotation &&
    unwrap(declarator.init) === declarator.init;
  return { init: declarator.init, private: isPrivate };
}

export type TypeJudgement =
  /** Assignable to `"true" | "false"` (an `undefined` part is allowed: the option is optional). */
  | { kind: "assignable" }
  | { kind: "unassignable"; type: string; /** Every defined part is a boolean: `x ? "true" : "false"` converts it. */ boolean: boolean }
  /** `any`, `unknown`, an unconstrained generic: nothing to say. */
  | { kind: "unknown" };

/**
 * Judges the type of an expression against `"true" | "false"`, with the checker of a file linted with type
 * information (`typedServices` in ./typed).
 */
export function optionTypeChecker({ ts: tsm, checker, map }: TypedServices): (node: Node) => TypeJudgement {
  const documented = DOCUMENTED_VALUES.map((v) => checker.getStringLiteralType(v));
  const booleanType = checker.getBooleanType();
  const { Any, Unknown, Undefined, Void, Never } = tsm.TypeFlags;

  return (node) => {
    const tsNode = map.get(node) as ts.Node | undefined;
    if (!tsNode) return { kind: "unknown" };
    const type = checker.getTypeAtLocation(tsNode);
    // A generic value is judged by its constraint; an unconstrained one is `unknown`.
    const constrained = type.isTypeParameter() ? checker.getBaseConstraintOfType(type) : type;
    if (!constrained) return { kind: "unknown" };
    const all = constrained.isUnion() ? constrained.types : [constrained];
    if (all.some((t) => t.flags & (Any | Unknown))) return { kind: "unknown" };
    // `undefined`, `void` and `never` parts: the option is optional, and twilio sends no header for them.
    const parts = all.filter((t) => !(t.flags & (Undefined | Void | Never)));
    if (parts.every((t) => documented.some((d) => checker.isTypeAssignableTo(t, d)))) return { kind: "assignable" };
    return {
      kind: "unassignable",
      type: checker.typeToString(type),
      boolean: parts.length > 0 && parts.every((t) => checker.isTypeAssignableTo(t, booleanType)),
    };
  };
}
