/**
 * What an identifier is bound to, through the scope manager: an import or `require` of a module (and which export),
 * a global (no declaration in the file), or the initializer of a binding that is never reassigned.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { memberName, propertyKeyName, unwrap } from "../ast";
import { isReassigned, variableOf } from "../scope";

const { DefinitionType } = TSESLint.Scope;

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** A module's export: `member` null is the module itself (default import, namespace, `require()` result). */
export interface ModuleValue {
  module: string;
  member: string | null;
}

/** `node:child_process` and `child_process` are one module. */
function moduleName(source: string): string {
  return source.startsWith("node:") ? source.slice(5) : source;
}

/** What a binding holds as a module value, once per variable. */
const bindingValues = new WeakMap<TSESLint.Scope.Variable, ModuleValue | null>();

/** The initializer of a `const` (or never reassigned `let`/`var`) bound by a plain identifier, unwrapped. */
export function constInit(sourceCode: SourceCode, id: TSESTree.Identifier): Node | undefined {
  const v = variableOf(sourceCode, id);
  return v ? initOf(v) : undefined;
}

export function initOf(v: TSESLint.Scope.Variable): Node | undefined {
  const def = v.defs.length === 1 ? v.defs[0] : undefined;
  if (def?.type !== DefinitionType.Variable || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  if (def.parent.kind !== "const" && isReassigned(v)) return undefined;
  return unwrap(def.node.init);
}

/** `require("m")` → "m". */
function requiredModule(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type !== AST_NODE_TYPES.CallExpression || n.arguments.length !== 1) return undefined;
  const callee = unwrap(n.callee);
  const arg = n.arguments[0];
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "require") return undefined;
  return arg.type === AST_NODE_TYPES.Literal && typeof arg.value === "string" ? moduleName(arg.value) : undefined;
}

function member(value: ModuleValue, name: string | undefined): ModuleValue | undefined {
  if (name === undefined) return undefined;
  // `require("m").default`, `ns.default`: the module itself; `x.fetch` on the module: its export or property.
  if (value.member === null) return { module: value.module, member: name === "default" ? null : name };
  return undefined;
}

/**
 * The module export an expression evaluates to: `axios`, `undici.fetch`, `require("got")`, `require("undici").fetch`,
 * and identifiers bound to those by import, `require`, destructuring or a never-reassigned alias.
 */
export function moduleValue(sourceCode: SourceCode, node: Node, depth = 0): ModuleValue | undefined {
  if (depth > 8) return undefined;
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.MemberExpression) {
    const object = moduleValue(sourceCode, n.object, depth + 1);
    return object && member(object, memberName(n));
  }
  const required = requiredModule(n);
  if (required !== undefined) return { module: required, member: null };
  if (n.type !== AST_NODE_TYPES.Identifier) return undefined;
  const v = variableOf(sourceCode, n);
  if (!v) return undefined;
  let value = bindingValues.get(v);
  if (value === undefined) bindingValues.set(v, (value = bindingValue(sourceCode, v, n, depth) ?? null));
  return value ?? undefined;
}

function bindingValue(sourceCode: SourceCode, v: TSESLint.Scope.Variable, n: TSESTree.Identifier, depth: number): ModuleValue | undefined {
  const def = v.defs.length === 1 ? v.defs[0] : undefined;
  if (!def) return undefined;
  if (def.type === DefinitionType.ImportBinding) {
    const decl = def.parent;
    if (decl.type !== AST_NODE_TYPES.ImportDeclaration || decl.importKind === "type") return undefined;
    const module = moduleName(String(decl.source.value));
    const spec = def.node;
    if (spec.type === AST_NODE_TYPES.ImportSpecifier) {
      if (spec.importKind === "type") return undefined;
      const imported = spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : String(spec.imported.value);
      return { module, member: imported === "default" ? null : imported };
    }
    return { module, member: null };
  }
  if (def.type !== DefinitionType.Variable || !def.node.init) return undefined;
  if (def.parent.kind !== "const" && isReassigned(v)) return undefined;
  const id = def.node.id;
  if (id.type === AST_NODE_TYPES.Identifier) return moduleValue(sourceCode, def.node.init, depth + 1);
  // `const { fetch } = require("undici")`, `const { fetch: f } = undici`
  if (id.type === AST_NODE_TYPES.ObjectPattern) {
    const object = moduleValue(sourceCode, def.node.init, depth + 1);
    if (!object) return undefined;
    for (const p of id.properties) {
      if (p.type !== AST_NODE_TYPES.Property || p.value.type !== AST_NODE_TYPES.Identifier || p.value.name !== n.name) continue;
      return member(object, propertyKeyName(p));
    }
    return undefined;
  }
  return undefined;
}

/** True when `node` evaluates to the given module export (`member` null: the module itself). */
export function isModuleValue(sourceCode: SourceCode, node: Node, modules: readonly string[], member: string | null): boolean {
  const v = moduleValue(sourceCode, node);
  return !!v && modules.includes(v.module) && v.member === member;
}
