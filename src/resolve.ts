/**
 * Resource-chain resolution without type information.
 *
 * Walks an expression back through member accesses, calls, variables, destructuring, class fields and callback
 * parameters until it reaches a domain anchor (`….conversations`, `….chat`, `….ipMessaging`), and tells which
 * catalogue resource the expression is: a list, a context, an instance, a promise or an array of instances.
 * Every step is checked against the catalogue, so a chain that leaves the known resources resolves to nothing.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { DOMAIN_NAMES, isListPath, isVersion, listArity, shorthandVersion } from "./catalogue";
import { isFunction, memberName, propertyKeyName, unwrap } from "./ast";
import { isReassigned, variableOf } from "./scope";

const { DefinitionType } = TSESLint.Scope;

type Node = TSESTree.Node;

interface Where {
  domain: string;
  version: string;
  path: readonly string[];
}

export type Resource =
  | { kind: "domain"; domain: string }
  | { kind: "version"; domain: string; version: string }
  | ({ kind: "list" | "context" | "instance" } & Where)
  /** `instance.messages` before it is called: calling it gives the list. */
  | ({ kind: "accessor" } & Where)
  | { kind: "promise"; of: Resource }
  | { kind: "array"; of: Resource };

/** Array methods whose callback's first parameter is an element. */
const ELEMENT_CALLBACKS = new Set(["map", "forEach", "filter", "find", "findLast", "some", "every", "flatMap", "findIndex"]);
/** Array methods that return one element, or an array of the same elements. */
const ELEMENT_RESULTS = new Set(["find", "findLast", "at", "pop", "shift"]);
const ARRAY_RESULTS = new Set(["filter", "slice", "reverse", "toReversed", "sort", "toSorted", "concat"]);
/** Deeper chains than this are given up on (never a stack overflow on generated code). */
const MAX_DEPTH = 120;

export class ResourceResolver {
  private readonly cache = new Map<Node, Resource | null>();
  private readonly active = new Set<Node>();
  private depth = 0;

  /** Per class: every expression stored into each of its fields (initialisers and `this.x = …`), built once. */
  private fields: Map<TSESTree.ClassBody, Map<string, Node[]>> | undefined;

  /**
   * `fieldWrites`: every write to a member of `this` in the file (`THIS_WRITE`, `THIS_OTHER_WRITE`), gathered by
   * ESLint's own traversal, so that a class field's sources are known without walking the class again.
   */
  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly fieldWrites: readonly FieldWrite[],
  ) {}

  resolve(node: Node): Resource | null {
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached;
    if (this.active.has(node) || this.depth > MAX_DEPTH) return null;
    this.active.add(node);
    this.depth++;
    let result: Resource | null;
    try {
      result = this.compute(node);
    } finally {
      this.depth--;
      this.active.delete(node);
    }
    this.cache.set(node, result);
    return result;
  }

  private compute(node: Node): Resource | null {
    const n = unwrap(node);
    if (n !== node) return this.resolve(n);
    switch (n.type) {
      case AST_NODE_TYPES.AwaitExpression: {
        const r = this.resolve(n.argument);
        return r?.kind === "promise" ? r.of : r;
      }
      case AST_NODE_TYPES.MemberExpression:
        return this.member(n);
      case AST_NODE_TYPES.CallExpression:
        return this.call(n);
      case AST_NODE_TYPES.Identifier:
        return this.identifier(n);
      default:
        return null;
    }
  }

  /** One property step from a resolved resource; `computedIndex` is true for `x[0]`. */
  property(from: Resource, name: string): Resource | null {
    switch (from.kind) {
      case "domain": {
        if (isVersion(from.domain, name)) return { kind: "version", domain: from.domain, version: name };
        const v = shorthandVersion(from.domain, name);
        return v && isListPath(from.domain, v, [name]) ? { kind: "list", domain: from.domain, version: v, path: [name] } : null;
      }
      case "version":
        return isListPath(from.domain, from.version, [name])
          ? { kind: "list", domain: from.domain, version: from.version, path: [name] }
          : null;
      case "context":
      case "instance": {
        const path = [...from.path, name];
        if (!isListPath(from.domain, from.version, path)) return null;
        return { kind: from.kind === "context" ? "list" : "accessor", domain: from.domain, version: from.version, path };
      }
      case "array":
        return /^\d+$/.test(name) ? from.of : null;
      default:
        return null;
    }
  }

  private member(n: TSESTree.MemberExpression): Resource | null {
    const name = memberName(n);
    if (name === undefined) return null;
    const object = unwrap(n.object);
    if (object.type === AST_NODE_TYPES.ThisExpression) {
      const field = this.thisField(n, name);
      if (field) return field;
    }
    const from = this.resolve(object);
    if (from) return this.property(from, name);
    // The anchor: any root's `.conversations` / `.chat` / `.ipMessaging` property (not a bare identifier).
    return DOMAIN_NAMES.has(name) ? { kind: "domain", domain: name } : null;
  }

  private call(n: TSESTree.CallExpression): Resource | null {
    const callee = unwrap(n.callee);
    const direct = this.resolve(callee);
    if (direct?.kind === "list" && takesSids(direct, n)) return { ...direct, kind: "context" };
    if (direct?.kind === "accessor") return { ...direct, kind: "list" };
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const name = memberName(callee);
    if (name === undefined) return null;
    const recv = this.resolve(callee.object);
    if (!recv) return null;
    const where = (r: Where) => ({ domain: r.domain, version: r.version, path: r.path });
    switch (recv.kind) {
      case "list":
        if (name === "get" && takesSids(recv, n)) return { kind: "context", ...where(recv) };
        if (name === "create") return { kind: "promise", of: { kind: "instance", ...where(recv) } };
        if (name === "list") return { kind: "promise", of: { kind: "array", of: { kind: "instance", ...where(recv) } } };
        return null;
      case "context":
      case "instance":
        if (name === "fetch" || name === "update") return { kind: "promise", of: { kind: "instance", ...where(recv) } };
        return null;
      case "array":
        if (ELEMENT_RESULTS.has(name)) return recv.of;
        if (ARRAY_RESULTS.has(name)) return recv;
        return null;
      default:
        return null;
    }
  }

  private identifier(id: TSESTree.Identifier): Resource | null {
    const variable = variableOf(this.sourceCode, id);
    if (!variable || variable.defs.length !== 1) return null;
    const def = variable.defs[0];
    if (def.type === DefinitionType.Variable) {
      const declarator = def.node;
      const declaration = def.parent;
      // A binding that is written again after its declaration holds something this analysis cannot follow.
      if (isReassigned(variable)) return null;
      let base: Resource | null;
      const loop = declaration.parent;
      if (
        loop &&
        (loop.type === AST_NODE_TYPES.ForOfStatement || loop.type === AST_NODE_TYPES.ForInStatement) &&
        loop.left === declaration
      ) {
        if (loop.type !== AST_NODE_TYPES.ForOfStatement) return null;
        const iterable = this.resolve(loop.right);
        const arr = iterable?.kind === "promise" && loop.await ? iterable.of : iterable;
        base = arr?.kind === "array" ? arr.of : null;
      } else {
        if (!declarator.init) return null;
        base = this.resolve(declarator.init);
      }
      return base && this.pattern(declarator.id, def.name, base);
    }
    if (def.type === DefinitionType.Parameter) return this.parameter(def.node, def.name);
    return null;
  }

  /** Follows a destructuring pattern from `base` down to the binding `target`. */
  private pattern(pattern: Node, target: Node, base: Resource): Resource | null {
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        return pattern === target ? base : null;
      case AST_NODE_TYPES.AssignmentPattern:
        return this.pattern(pattern.left, target, base);
      case AST_NODE_TYPES.ObjectPattern:
        for (const p of pattern.properties) {
          if (p.type !== AST_NODE_TYPES.Property || !contains(p.value, target)) continue;
          const key = propertyKeyName(p);
          const next = key === undefined ? null : this.property(base, key);
          return next && this.pattern(p.value, target, next);
        }
        return null;
      case AST_NODE_TYPES.ArrayPattern:
        if (base.kind !== "array") return null;
        for (const el of pattern.elements) {
          if (el && el.type !== AST_NODE_TYPES.RestElement && contains(el, target)) return this.pattern(el, target, base.of);
        }
        return null;
      default:
        return null;
    }
  }

  /** A callback parameter: elements of `array.map(x => …)`, `list.each(x => …)`, `promise.then(x => …)`. */
  private parameter(fn: Node, id: TSESTree.Node): Resource | null {
    if (!isFunction(fn)) return null;
    const index = fn.params.findIndex((p) => contains(p, id));
    if (index !== 0) return null;
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn)) return null;
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const name = memberName(callee);
    if (name === undefined) return null;
    const recv = this.resolve(callee.object);
    let value: Resource | null = null;
    if (recv?.kind === "array" && ELEMENT_CALLBACKS.has(name) && call.arguments[0] === fn) value = recv.of;
    else if (recv?.kind === "list" && name === "each" && call.arguments[call.arguments.length - 1] === fn)
      value = { kind: "instance", domain: recv.domain, version: recv.version, path: recv.path };
    else if (recv?.kind === "promise" && name === "then" && call.arguments[0] === fn) value = recv.of;
    return value && this.pattern(fn.params[0], id, value);
  }

  /** `this.x` inside a class: a field initialiser, or the single `this.x = …` assignment in the class body. */
  private thisField(n: TSESTree.MemberExpression, name: string): Resource | null {
    const cls = enclosingClass(n);
    if (!cls) return null;
    const fields = this.fieldsOf(cls);
    // A write other than `=` (recorded as the writing node) or one under a computed key makes the field's content
    // unknowable.
    if (fields.has(UNKNOWN_FIELD)) return null;
    const sources = fields.get(name) ?? [];
    if (sources.length !== 1 || sources[0].type === AST_NODE_TYPES.AssignmentExpression) return null;
    return this.resolve(sources[0]);
  }

  private fieldsOf(cls: TSESTree.ClassBody): Map<string, Node[]> {
    if (!this.fields) {
      this.fields = new Map();
      for (const { member, source } of this.fieldWrites) {
        const owner = enclosingClass(member);
        if (owner) add(this.classFields(owner), memberName(member) ?? UNKNOWN_FIELD, source);
      }
    }
    return this.classFields(cls);
  }

  /** The map of one class, made with its field initialisers the first time it is asked for. */
  private classFields(cls: TSESTree.ClassBody): Map<string, Node[]> {
    let byName = this.fields!.get(cls);
    if (!byName) {
      byName = new Map();
      for (const el of cls.body) {
        if (el.type === AST_NODE_TYPES.MethodDefinition) {
          // Parameter properties (`constructor(public m = x)`) are fields written by the constructor; an accessor
          // pair named like a field makes what it holds unknowable.
          if (el.kind === "constructor") {
            for (const param of el.value.params) {
              if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
              const target = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
              if (target.type === AST_NODE_TYPES.Identifier) add(byName, target.name, param);
            }
          } else if (!el.static && (el.kind === "get" || el.kind === "set")) {
            add(byName, propertyKeyName(el) ?? UNKNOWN_FIELD, el);
          }
          continue;
        }
        if ((el.type !== AST_NODE_TYPES.PropertyDefinition && el.type !== AST_NODE_TYPES.AccessorProperty) || el.static) continue;
        // A computed key the analysis cannot name could be any field.
        const key = propertyKeyName(el) ?? UNKNOWN_FIELD;
        if (el.value) add(byName, key, el.value);
        else if (!byName.has(key)) byName.set(key, key === UNKNOWN_FIELD ? [el] : []);
      }
      this.fields!.set(cls, byName);
    }
    return byName;
  }
}

const UNKNOWN_FIELD = "\0unknown";

function add(map: Map<string, Node[]>, key: string, value: Node): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The ESLint selector of assignments to a member of `this` (also through a TS wrapper: `(this as T).x = …`, which
 * `fieldWrite` checks): what `ResourceResolver` needs to know of class fields.
 */
export const THIS_WRITE =
  'AssignmentExpression[left.type="MemberExpression"]:matches([left.object.type="ThisExpression"], [left.object.expression])';

/**
 * The ESLint selector of the other places a member can be written: `this.x++`, destructuring targets and `for…of/in`
 * heads (`fieldWrite` checks that the object is `this`).
 */
export const THIS_OTHER_WRITE =
  "UpdateExpression > MemberExpression.argument, ArrayPattern > MemberExpression, " +
  "ObjectPattern > Property > MemberExpression.value, AssignmentPattern > MemberExpression.left, " +
  "RestElement > MemberExpression.argument, ForOfStatement > MemberExpression.left, ForInStatement > MemberExpression.left";

function isThisMember(node: TSESTree.MemberExpression): boolean {
  return unwrap(node.object).type === AST_NODE_TYPES.ThisExpression;
}

/**
 * A write to `member` (a member of `this`) and what it stores: the assigned expression for `=`, else the writing
 * node itself (`this.x += …`, `this.x++`, `[this.x] = …`), which makes the field's content unknowable.
 */
export interface FieldWrite {
  member: TSESTree.MemberExpression;
  source: Node;
}

/** The field write of a `THIS_WRITE` or `THIS_OTHER_WRITE` match, or undefined when the member is not on `this`. */
export function fieldWrite(node: TSESTree.AssignmentExpression | TSESTree.MemberExpression): FieldWrite | undefined {
  if (node.type === AST_NODE_TYPES.AssignmentExpression) {
    const member = node.left;
    if (member.type !== AST_NODE_TYPES.MemberExpression || !isThisMember(member)) return undefined;
    return { member, source: node.operator === "=" ? node.right : node };
  }
  return isThisMember(node) && node.parent ? { member: node, source: node.parent } : undefined;
}

/** `list(sid)` / `list.get(sid)`: as many plain arguments as twilio's signature declares. */
function takesSids(list: Where, call: TSESTree.CallExpression): boolean {
  const arity = listArity(list.domain, list.version, list.path);
  return arity > 0 && call.arguments.length === arity && call.arguments.every((a) => a.type !== AST_NODE_TYPES.SpreadElement);
}

function contains(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** The class whose `this` the expression sees (arrow functions see through, other functions do not). */
function enclosingClass(node: Node): TSESTree.ClassBody | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === AST_NODE_TYPES.FunctionExpression) {
      const m = p.parent;
      // In a static method `this` is the class itself, not an instance.
      if (m?.type === AST_NODE_TYPES.MethodDefinition && !m.static) return m.parent;
      return undefined;
    }
    // In a static block `this` is the class itself, not an instance.
    if (p.type === AST_NODE_TYPES.FunctionDeclaration || p.type === AST_NODE_TYPES.StaticBlock) return undefined;
    if ((p.type === AST_NODE_TYPES.PropertyDefinition || p.type === AST_NODE_TYPES.AccessorProperty) && p.parent.type === AST_NODE_TYPES.ClassBody) {
      return p.static ? undefined : p.parent;
    }
  }
  return undefined;
}

