/**
 * Analysis of the options (first) argument of a helper-library write: is `xTwilioWebhookEnabled` provably there,
 * provably absent, misspelled, or unknowable? Only what can be proven is reported; anything else is "unknown".
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { calleeMember, isFunction, isWrittenMember, memberName, propertyKeyName, unwrap } from "./ast";
import { METHOD_NAMES } from "./catalogue";
import { isGlobal, isReassigned, variableOf } from "./scope";
import { isMisspelledOption, OPTION_NAME } from "./spelling";
import { type TypedServices, typedOptions } from "./typed";

const { DefinitionType } = TSESLint.Scope;

type Node = TSESTree.Node;

/** Where the option would go if it were added. */
export type Insertion =
  /** `x.create()` → `x.create({ … })` */
  | { type: "firstArgument"; call: TSESTree.CallExpression }
  /** `x.remove(cb)` → `x.remove({ … }, cb)` */
  | { type: "beforeCallback"; callback: Node }
  /** `x.remove(undefined)` → `x.remove({ … })` */
  | { type: "replace"; node: Node }
  /** `{ body }` → `{ body, … }` */
  | { type: "intoObject"; object: TSESTree.ObjectExpression }
  /** `{ xTwilioWebhookEnabled: undefined }` → `{ xTwilioWebhookEnabled: "true" }` (twilio sends no header for it) */
  | { type: "value"; node: Node }
  /** `x.create(params)` → `x.create({ ...params, … })` */
  | { type: "spread"; node: Node };

export type OptionsFinding =
  | { kind: "present"; property: TSESTree.Property | undefined; value: Node }
  | { kind: "missing"; insertion: Insertion }
  | {
      kind: "misspelled";
      property: TSESTree.Property;
      key: string;
      /** Set when the header is tucked into a nested `headers: { … }` map of `container`. */
      headers?: { property: TSESTree.Property; object: TSESTree.ObjectExpression; container: TSESTree.ObjectExpression };
    }
  /** `settled`: a local object the code changes in ways the analysis cannot follow; its declared type proves nothing. */
  | { kind: "unknown"; settled?: boolean };

type ObjectFinding =
  | { kind: "present"; property: TSESTree.Property | undefined; value: Node }
  | { kind: "missing" }
  | Extract<OptionsFinding, { kind: "misspelled" }>
  | { kind: "unknown"; settled?: boolean };

const UNKNOWN = { kind: "unknown" } as const;
/** Per call node, keyed by the AST: lives exactly as long as one file's lint. */
const syntacticFindings = new WeakMap<TSESTree.CallExpression, OptionsFinding>();
const MUTATED = { kind: "unknown", settled: true } as const;

export class OptionsAnalyzer {
  /** `typed`: the checker, when the file is linted with type information; consulted only where syntax cannot tell. */
  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly typed?: () => TypedServices | undefined,
  ) {}

  /** Analyses the first argument of a catalogue operation call. */
  analyze(call: TSESTree.CallExpression): OptionsFinding {
    // Several rules analyse the same calls of the same AST: the syntactic part once per call.
    let finding = syntacticFindings.get(call);
    if (!finding) syntacticFindings.set(call, (finding = this.syntactic(call)));
    // twilio copies the option into the header only when it is not undefined: an undefined value is no option.
    if (finding.kind === "present" && isNullish(unwrap(finding.value), this.sourceCode, false)) {
      return { kind: "missing", insertion: { type: "value", node: finding.value } };
    }
    const first = call.arguments[0];
    if (finding.kind !== "unknown" || finding.settled || !first || first.type === AST_NODE_TYPES.SpreadElement) return finding;
    const services = this.typed?.();
    if (!services) return finding;
    switch (typedOptions(services, first)) {
      case "missing": {
        const arg = unwrap(first);
        return {
          kind: "missing",
          insertion: arg.type === AST_NODE_TYPES.ObjectExpression ? { type: "intoObject", object: arg } : { type: "spread", node: first },
        };
      }
      case "callback":
        return { kind: "missing", insertion: { type: "beforeCallback", callback: first } };
      default:
        return finding;
    }
  }

  private syntactic(call: TSESTree.CallExpression): OptionsFinding {
    const first = call.arguments[0];
    if (!first) return { kind: "missing", insertion: { type: "firstArgument", call } };
    if (first.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
    const arg = unwrap(first);
    if (isNullish(arg, this.sourceCode)) return { kind: "missing", insertion: { type: "replace", node: first } };
    if (this.isCallback(arg)) return { kind: "missing", insertion: { type: "beforeCallback", callback: first } };
    if (arg.type === AST_NODE_TYPES.ObjectExpression) {
      const f = this.object(arg, new Set());
      return f.kind === "missing" ? { kind: "missing", insertion: { type: "intoObject", object: arg } } : f;
    }
    if (arg.type === AST_NODE_TYPES.Identifier || arg.type === AST_NODE_TYPES.ConditionalExpression) {
      const f = this.expression(arg, call, new Set());
      return f.kind === "missing" ? { kind: "missing", insertion: { type: "spread", node: first } } : f;
    }
    return UNKNOWN;
  }

  /** An expression that should evaluate to an options object. */
  private expression(node: Node, call: TSESTree.CallExpression | undefined, seen: Set<Node>): ObjectFinding {
    const n = unwrap(node);
    if (n.type === AST_NODE_TYPES.ObjectExpression) return this.object(n, seen);
    if (n.type === AST_NODE_TYPES.Identifier) {
      const init = this.objectBinding(n, call);
      if (init === "mutated") return MUTATED;
      return init && !seen.has(init) ? this.expression(init, call, new Set(seen).add(init)) : UNKNOWN;
    }
    if (n.type === AST_NODE_TYPES.ConditionalExpression) {
      const a = this.expression(n.consequent, call, seen);
      const b = this.expression(n.alternate, call, seen);
      if (a.kind === "missing" && b.kind === "missing") return a;
      return (a.kind === "unknown" && a.settled) || (b.kind === "unknown" && b.settled) ? MUTATED : UNKNOWN;
    }
    return UNKNOWN;
  }

  /**
   * Properties of an object literal, following spreads of objects that resolve. Order matters as it does at run
   * time: a later key overrides an earlier one, so an unknowable spread after the option leaves it unknown.
   */
  private object(obj: TSESTree.ObjectExpression, seen: Set<Node>): ObjectFinding {
    let present: ObjectFinding | undefined;
    let misspelled: ObjectFinding | undefined;
    let unknown = false;
    let unknownAfterPresent = false;
    let settled = false;
    const unknowable = (isSettled: boolean) => {
      unknown = true;
      unknownAfterPresent = true;
      settled ||= isSettled;
    };
    for (const p of obj.properties) {
      if (p.type === AST_NODE_TYPES.SpreadElement) {
        const f = this.expression(p.argument, undefined, seen);
        if (f.kind === "present") {
          present = f;
          unknownAfterPresent = false;
        } else if (f.kind === "unknown") unknowable(!!f.settled);
        else if (f.kind === "misspelled") misspelled ??= f;
        continue;
      }
      const key = propertyKeyName(p);
      if (key === undefined) {
        unknowable(false);
        continue;
      }
      if (key === OPTION_NAME) {
        present = { kind: "present", property: p, value: p.value };
        unknownAfterPresent = false;
      } else if (isMisspelledOption(key)) misspelled ??= { kind: "misspelled", property: p, key };
      else if (key.toLowerCase() === "headers" && unwrap(p.value).type === AST_NODE_TYPES.ObjectExpression) {
        const headers = unwrap(p.value) as TSESTree.ObjectExpression;
        for (const h of headers.properties) {
          if (h.type !== AST_NODE_TYPES.Property) continue;
          const hk = propertyKeyName(h);
          if (hk !== undefined && (hk === OPTION_NAME || isMisspelledOption(hk))) {
            misspelled ??= { kind: "misspelled", property: h, key: hk, headers: { property: p, object: headers, container: obj } };
          }
        }
      }
    }
    if (present && unknownAfterPresent) return settled ? MUTATED : UNKNOWN;
    if (present) return present;
    if (unknown) return settled ? MUTATED : UNKNOWN;
    return misspelled ?? { kind: "missing" };
  }

  /**
   * The object literal a `const`/`let` binding holds at `call`, when nothing else can have changed it: no
   * reassignment, no write of the option or of a computed key, no `Object.assign`-style escape before the call.
   * "mutated": a local object literal changed in one of those ways; undefined: not a local object literal.
   */
  private objectBinding(
    id: TSESTree.Identifier,
    call: TSESTree.CallExpression | undefined,
  ): TSESTree.ObjectExpression | "mutated" | undefined {
    const variable = variableOf(this.sourceCode, id);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || def?.type !== DefinitionType.Variable || def.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    const init = def.node.init && unwrap(def.node.init);
    if (init?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    for (const ref of variable.references) {
      if (ref.init) continue;
      if (ref.isWrite()) return "mutated";
      const use = ref.identifier as Node;
      const parent = use.parent;
      if (!parent) continue;
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === use) {
        if (!isWrittenMember(parent)) continue;
        const key = memberName(parent);
        if (key === undefined || key === OPTION_NAME || isMisspelledOption(key)) return "mutated";
        continue;
      }
      if (parent.type === AST_NODE_TYPES.SpreadElement) continue;
      if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === use) {
        if (parent === call) continue;
        // Passed as the options of another catalogue-named call: that call reads it, it does not change it.
        const m = calleeMember(parent);
        const name = m && memberName(m);
        if (name !== undefined && METHOD_NAMES.has(name)) continue;
      }
      // Any other use (passed to a function, aliased, returned, exported) may change it before the call.
      if (!call || use.range[0] < call.range[1]) return "mutated";
    }
    return init;
  }

  /** A function given where the options go: `remove(cb)`. */
  private isCallback(arg: Node): boolean {
    if (isFunction(arg)) return true;
    if (arg.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = variableOf(this.sourceCode, arg);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || !def) return false;
    if (def.type === DefinitionType.FunctionName) return true;
    if (def.type === DefinitionType.Variable) {
      const init = def.node.init && unwrap(def.node.init);
      return !!init && isFunction(init) && !isReassigned(variable);
    }
    if (def.type === DefinitionType.Parameter && def.name.type === AST_NODE_TYPES.Identifier) {
      const param = def.name;
      // Declared as a function type, or called as a function somewhere in its scope.
      const annotation = param.typeAnnotation?.typeAnnotation;
      if (annotation?.type === AST_NODE_TYPES.TSFunctionType) return true;
      if (variable.references.some((r) => {
        const p = (r.identifier as Node).parent;
        return p?.type === AST_NODE_TYPES.CallExpression && p.callee === r.identifier;
      })) return true;
      // Node's error-first convention: the last parameter named `callback`, `cb`, `done` or `next`.
      const fn = def.node;
      return (
        "params" in fn &&
        fn.params[fn.params.length - 1] === param &&
        !("async" in fn && fn.async) &&
        !annotation &&
        /^(?:callback|cb|done|next)$/i.test(param.name)
      );
    }
    return false;
  }
}

/** `undefined`, `void …`, and (unless `withNull` is false) `null`. */
function isNullish(node: Node, sourceCode: Readonly<TSESLint.SourceCode>, withNull = true): boolean {
  if (withNull && node.type === AST_NODE_TYPES.Literal && node.value === null && !("regex" in node && node.regex)) return true;
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "void") return true;
  if (node.type === AST_NODE_TYPES.Identifier && node.name === "undefined") {
    return isGlobal(sourceCode, node);
  }
  return false;
}
