/**
 * Finds the catalogue operation a call performs: the shared entry point of the rules on helper-library calls.
 * Cheap filter first (the method name is one of the catalogue's), then chain resolution.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { calleeMember, memberName } from "./ast";
import { type CatalogueOperation, DOMAIN_NAMES, findOperation, METHOD_NAMES } from "./catalogue";
import { ResourceResolver } from "./resolve";
import { typedOperation, typedServices } from "./typed";

export interface OperationCall {
  call: TSESTree.CallExpression;
  /** The method name node (`create`, `remove`, …): where reports go. */
  methodNode: TSESTree.Node;
  op: CatalogueOperation;
}

/**
 * Returns a matcher for one file, or null when the file can hold no operation: without type information every chain
 * this analysis follows starts at a domain property written in the file itself, so a file that never spells one
 * (`conversations`, `chat`, `ipMessaging`) needs no listener at all. With type information (typed linting), a
 * candidate the chain resolution cannot place is asked of the checker; what the syntax proves is never overruled,
 * so types only add findings.
 */
export function operationMatcher(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): ((call: TSESTree.CallExpression) => OperationCall | undefined) | null {
  const typed = typedServices(context);
  if (!typed && !DOMAIN_WORDS.test(context.sourceCode.text)) return null;
  let resolver: ResourceResolver | undefined;
  const match = (call: TSESTree.CallExpression): OperationCall | undefined => {
    const member = calleeMember(call);
    if (!member) return undefined;
    const method = memberName(member);
    if (method === undefined || !METHOD_NAMES.has(method)) return undefined;
    resolver ??= new ResourceResolver(context.sourceCode);
    const recv = resolver.resolve(member.object);
    if (recv && (recv.kind === "list" || recv.kind === "context" || recv.kind === "instance")) {
      const op = findOperation(recv.domain, recv.version, recv.path, recv.kind, method);
      if (op) return { call, methodNode: member.property, op };
    }
    const op = typed ? typedOperation(typed, member, method) : undefined;
    return op && { call, methodNode: member.property, op };
  };
  return (call: TSESTree.CallExpression): OperationCall | undefined => {
    // Several rules ask about the same calls of the same AST: answer each call once.
    let found = matches.get(call);
    if (found === undefined) matches.set(call, (found = match(call) ?? null));
    return found ?? undefined;
  };
}

const DOMAIN_WORDS = new RegExp([...DOMAIN_NAMES].join("|"));

/** Per call node: its operation, or null. Keyed by the AST, so it lives exactly as long as one file's lint. */
const matches = new WeakMap<TSESTree.CallExpression, OperationCall | null>();
