/**
 * Finds the catalogue operation a call performs: the shared entry point of the rules on helper-library calls.
 * Cheap filter first (the method name is one of the catalogue's), then chain resolution.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { calleeMember, memberName } from "./ast";
import { type CatalogueOperation, DOMAIN_NAMES, findOperation, METHOD_NAMES } from "./catalogue";
import { type FieldWrite, fieldWrite, ResourceResolver, THIS_OTHER_WRITE, THIS_WRITE } from "./resolve";
import { typedOperation, type TypedServices, typedServices } from "./typed";

export interface OperationCall {
  call: TSESTree.CallExpression;
  /** The method name node (`create`, `remove`, …): where reports go. */
  methodNode: TSESTree.Node;
  op: CatalogueOperation;
}

const METHODS = `/^(?:${[...METHOD_NAMES].join("|")})$/`;

/**
 * The ESLint selector of the calls that may be catalogue operations: `x.create(…)`, `x["update"](…)`, `` x[`remove`]() ``
 * and a callee behind a TS wrapper or an optional chain (`x.remove!()`), which the matcher checks again. ESLint's
 * traverser matches it once per call for every rule that listens on it, so a rule's own code runs only on candidates.
 */
export const CANDIDATE_CALL =
  `CallExpression:matches([callee.property.name=${METHODS}], [callee.property.value=${METHODS}], ` +
  `[callee.property.type="TemplateLiteral"], [callee.expression])`;

/**
 * The listeners that hand each catalogue operation call of a file to `onOperation`, in source order, once ESLint has
 * read the whole file: candidate calls (`CANDIDATE_CALL`) and writes to `this.x` (`THIS_WRITE`, for class fields)
 * are gathered during ESLint's own traversal and resolved at `Program:exit`, so the analysis never walks the file
 * again.
 *
 * Without type information every chain this analysis follows starts at a domain property written in the file itself,
 * so in a file that never spells one (`conversations`, `chat`, `ipMessaging`) no call is an operation. With type
 * information (typed linting), a candidate the chain resolution cannot place is asked of the checker; what the syntax
 * proves is never overruled, so types only add findings.
 */
export function operationCalls(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onOperation: (found: OperationCall) => void,
): TSESLint.RuleListener {
  const typed = typedServices(context);
  if (!typed && !mentionsDomain(context.sourceCode.text)) return {};
  const candidates: TSESTree.CallExpression[] = [];
  const fieldWrites: FieldWrite[] = [];
  const record = (node: TSESTree.AssignmentExpression | TSESTree.MemberExpression) => {
    const write = fieldWrite(node);
    if (write) fieldWrites.push(write);
  };
  return {
    [CANDIDATE_CALL](call: TSESTree.CallExpression) {
      candidates.push(call);
    },
    [THIS_WRITE]: record,
    [THIS_OTHER_WRITE]: record,
    "Program:exit"() {
      if (candidates.length === 0) return;
      const resolver = new ResourceResolver(context.sourceCode, fieldWrites);
      for (const call of candidates) {
        // Several rules ask about the same calls of the same AST: each call is resolved once.
        let found = matches.get(call);
        if (found === undefined) matches.set(call, (found = match(call, resolver, typed) ?? null));
        if (found) onOperation(found);
      }
    },
  };
}

function match(call: TSESTree.CallExpression, resolver: ResourceResolver, typed: TypedServices | undefined): OperationCall | undefined {
  const member = calleeMember(call);
  if (!member) return undefined;
  const method = memberName(member);
  if (method === undefined || !METHOD_NAMES.has(method)) return undefined;
  const recv = resolver.resolve(member.object);
  if (recv && (recv.kind === "list" || recv.kind === "context" || recv.kind === "instance")) {
    const op = findOperation(recv.domain, recv.version, recv.path, recv.kind, method);
    if (op) return { call, methodNode: member.property, op };
  }
  const op = typed ? typedOperation(typed, member, method) : undefined;
  return op && { call, methodNode: member.property, op };
}

const DOMAIN_WORDS = new RegExp([...DOMAIN_NAMES].join("|"));
let lastText: string | undefined;
let lastMentions = false;

/** Does the text spell a domain property? Asked by each rule of the same file: the last answer is kept. */
function mentionsDomain(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastMentions = DOMAIN_WORDS.test(text);
  }
  return lastMentions;
}

/** Per call node: its operation, or null. Keyed by the AST, so it lives exactly as long as one file's lint. */
const matches = new WeakMap<TSESTree.CallExpression, OperationCall | null>();
