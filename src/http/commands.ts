/**
 * Commands run from JS: `child_process` (`exec`, `execSync`, `execFile`, `spawn`, … and `promisify`-ed ones),
 * execa, and zx/execa `$\`…\`` tagged templates, each recognised by its binding. Yields the Twilio CLI and curl
 * commands among them.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { memberName, unwrap } from "../ast";
import { isGlobal } from "../scope";
import { constInit, type ModuleValue, moduleValue } from "./bindings";
import { type CommandFinding, curlCommand, twilioCommand } from "./command-line";
import { HOLE } from "./hole";
import { mappedText, programOf, splitCommands, type Word } from "./shell";
import { partialText } from "./text";

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Where a command line comes from: one shell string (or template), or a program and an args array. */
export type CommandSource =
  | { kind: "shell"; node: Node; quote: string | undefined }
  | { kind: "argv"; file: Node; args: TSESTree.ArrayExpression | undefined };

export interface FoundCommand extends CommandFinding {
  source: CommandSource;
}

const SHELL = { child_process: ["exec", "execSync"], execa: ["execaCommand", "execaCommandSync", "command", "commandSync"] };
const ARGV = {
  child_process: ["execFile", "execFileSync", "spawn", "spawnSync"],
  execa: ["execa", "execaSync", "sync", "execaNode"],
};
/** Names a command-running callee can have: the cheap candidate filter for member calls. */
export const COMMAND_MEMBER_NAMES: ReadonlySet<string> = new Set([...SHELL.child_process, ...SHELL.execa, ...ARGV.child_process, ...ARGV.execa]);

function kindOf(mv: ModuleValue): "shell" | "argv" | undefined {
  const { module, member } = mv;
  if (module === "child_process") {
    if (member && SHELL.child_process.includes(member)) return "shell";
    if (member && ARGV.child_process.includes(member)) return "argv";
  }
  if (module === "execa") {
    if (member === null || ARGV.execa.includes(member)) return "argv";
    if (SHELL.execa.includes(member)) return "shell";
  }
  return undefined;
}

/** The function a callee runs, seeing through `const run = promisify(exec)`. */
function commandFunction(sourceCode: SourceCode, callee: Node): ModuleValue | undefined {
  const mv = moduleValue(sourceCode, callee);
  if (mv) return mv;
  const c = unwrap(callee);
  if (c.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constInit(sourceCode, c);
  if (init?.type !== AST_NODE_TYPES.CallExpression || init.arguments.length !== 1) return undefined;
  const p = moduleValue(sourceCode, init.callee);
  if (p?.module !== "util" || p.member !== "promisify") return undefined;
  return moduleValue(sourceCode, init.arguments[0]);
}

export function commandSourceOfCall(sourceCode: SourceCode, call: TSESTree.CallExpression): CommandSource | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(callee);
    if (name === undefined || !COMMAND_MEMBER_NAMES.has(name)) return undefined;
  } else if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const mv = commandFunction(sourceCode, callee);
  const kind = mv && kindOf(mv);
  const [first, second] = call.arguments;
  if (!kind || !first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (kind === "shell") return { kind, node: first, quote: mappedText(sourceCode, first)?.quote };
  if (second && unwrap(second).type !== AST_NODE_TYPES.ArrayExpression) {
    // `execFile(file, callback)` / `spawn(file, options)`: no args; anything else hides them.
    const s = unwrap(second);
    if (s.type !== AST_NODE_TYPES.ObjectExpression && s.type !== AST_NODE_TYPES.ArrowFunctionExpression && s.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
    return { kind, file: first, args: undefined };
  }
  return { kind, file: first, args: second && (unwrap(second) as TSESTree.ArrayExpression) };
}

/** `$\`…\`` from zx or execa (or zx's global `$`), `execa\`…\``. */
export function commandSourceOfTag(sourceCode: SourceCode, tagged: TSESTree.TaggedTemplateExpression): CommandSource | undefined {
  const tag = unwrap(tagged.tag);
  if (tag.type !== AST_NODE_TYPES.Identifier && tag.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const mv = moduleValue(sourceCode, tag);
  const ok = mv
    ? (mv.module === "zx" && mv.member === "$") || (mv.module === "execa" && (mv.member === "$" || mv.member === "execa" || mv.member === null))
    : tag.type === AST_NODE_TYPES.Identifier && tag.name === "$" && isGlobal(sourceCode, tag);
  return ok ? { kind: "shell", node: tagged.quasi, quote: "`" } : undefined;
}

/** The Twilio CLI and curl commands a source runs. */
export function commandsOf(sourceCode: SourceCode, source: CommandSource): FoundCommand[] {
  const lines: Word[][] = [];
  if (source.kind === "shell") {
    const mapped = mappedText(sourceCode, source.node);
    if (!mapped) return [];
    lines.push(...splitCommands(mapped));
  } else {
    const file = partialText(sourceCode, source.file);
    if (file === undefined) return [];
    const words: Word[] = [{ text: file, end: undefined, bare: false, node: source.file }];
    for (const e of source.args?.elements ?? []) {
      if (!e || e.type === AST_NODE_TYPES.SpreadElement) words.push({ text: HOLE, end: undefined, bare: true });
      else {
        const text = partialText(sourceCode, e) ?? HOLE;
        words.push({ text, end: undefined, bare: text === HOLE, node: e });
      }
    }
    lines.push(words);
  }
  const found: FoundCommand[] = [];
  for (const words of lines) {
    const p = programOf(words);
    if (!p) continue;
    const f = p.program === "twilio" ? twilioCommand(p.args) : p.program === "curl" ? curlCommand(p.word, p.args) : undefined;
    if (f) found.push({ ...f, source });
  }
  return found;
}
