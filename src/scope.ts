/** Scope facts the analyses share, through ESLint's scope manager (never by name alone). */
import { ASTUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Scope look-ups, once per identifier node (several analyses and rules ask about the same one). Keyed by the AST. */
const variables = new WeakMap<TSESTree.Identifier, Variable | null>();

/** The variable `id` refers to, or null for an undeclared global. */
export function variableOf(sourceCode: SourceCode, id: TSESTree.Identifier): Variable | null {
  let v = variables.get(id);
  if (v === undefined) variables.set(id, (v = ASTUtils.findVariable(sourceCode.getScope(id), id)));
  return v;
}

/** True when `id` names a global the file does not declare (`fetch`, `undefined`, `URL`). */
export function isGlobal(sourceCode: SourceCode, id: TSESTree.Identifier): boolean {
  const v = variableOf(sourceCode, id);
  return !v || v.defs.length === 0;
}

/** True when the binding is written again after its declaration (`x = …`, `x++`, a loop that reassigns it). */
export function isReassigned(v: Variable): boolean {
  return v.references.some((r) => r.isWrite() && !r.init);
}
