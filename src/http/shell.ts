/**
 * Command lines as the shell splits them: words (quotes, backslashes; a HOLE for each value only known at run
 * time), commands separated by `;`, `&&`, `||`, `|` and newlines. Each word remembers where it ends in the source,
 * when the text there is written as it reads, so an edit can be placed right after it.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { unwrap } from "../ast";
import { HOLE } from "./hole";
import { partialText } from "./text";

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Text with, per character, its source offset (undefined where the source does not spell it as it reads). */
export interface MappedText {
  text: string;
  offsets: (number | undefined)[];
  /** The quote that delimits the literal the text sits in (`"`, `'` or a backtick), when it is one literal. */
  quote?: string;
}

export interface Word {
  text: string;
  /** Source offset just after the word, when known. */
  end: number | undefined;
  /** The word is a single value interpolated on its own (`${args}`), which may stand for any number of words. */
  bare: boolean;
  /** The array element the word is, in an args array. */
  node?: Node;
}

/** The text of a string literal or template (placeholders → their static text or a HOLE) with source offsets. */
export function mappedText(sourceCode: SourceCode, node: Node): MappedText | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal && typeof n.value === "string") {
    const inner = n.raw.slice(1, -1);
    const start = n.range[0] + 1;
    const exact = inner === n.value;
    return { text: n.value, offsets: [...n.value].map((_, i) => (exact ? start + i : undefined)), quote: n.raw[0] };
  }
  if (n.type === AST_NODE_TYPES.TemplateLiteral) {
    let text = "";
    const offsets: (number | undefined)[] = [];
    n.quasis.forEach((q, i) => {
      const cooked = q.value.cooked ?? HOLE;
      const exact = cooked === q.value.raw;
      const start = q.range[0] + 1;
      for (let j = 0; j < cooked.length; j++) offsets.push(exact ? start + j : undefined);
      text += cooked;
      const e = n.expressions[i];
      if (e) {
        const inner = partialText(sourceCode, e) ?? HOLE;
        for (let j = 0; j < inner.length; j++) offsets.push(undefined);
        text += inner;
      }
    });
    return { text, offsets, quote: "`" };
  }
  const text = partialText(sourceCode, n);
  return text === undefined ? undefined : { text, offsets: [] };
}

/** Splits a command line into commands, each a list of words. */
export function splitCommands(input: MappedText): Word[][] {
  const { text, offsets } = input;
  const commands: Word[][] = [[]];
  let word: { text: string; last: number; quoted: boolean } | undefined;
  const add = (c: string, i: number) => {
    word ??= { text: "", last: i, quoted: false };
    word.text += c;
    word.last = i;
  };
  const endWord = () => {
    if (!word) return;
    const at = offsets[word.last];
    commands[commands.length - 1].push({
      text: word.text,
      end: at === undefined ? undefined : at + 1,
      bare: word.text === HOLE && !word.quoted,
    });
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    if (commands[commands.length - 1].length) commands.push([]);
  };
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") {
        quote = undefined;
        word!.last = i;
      } else add(c, i);
      continue;
    }
    if (quote === '"') {
      if (c === '"') {
        quote = undefined;
        word!.last = i;
      } else if (c === "\\" && /["\\$`]/.test(text[i + 1] ?? "")) add(text[++i], i);
      else add(c, i);
      continue;
    }
    if (c === "\\") {
      if (text[i + 1] === "\n") i++;
      else if (i + 1 < text.length) add(text[++i], i);
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      word ??= { text: "", last: i, quoted: true };
      word.quoted = true;
      continue;
    }
    if (c === " " || c === "\t") endWord();
    else if (c === "\n" || c === ";" || c === "|" || c === "&") endCommand();
    else if (c === "#" && !word) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else add(c, i);
  }
  if (quote) return []; // Unbalanced quotes: not a command line this analysis can read.
  endCommand();
  return commands.filter((c) => c.length > 0);
}

/** The program a command runs and its arguments, past `VAR=value` prefixes and `npx`. */
export function programOf(words: Word[]): { program: string; args: Word[]; word: Word } | undefined {
  let i = 0;
  while (i < words.length && /^[A-Za-z_]\w*=/.test(words[i].text)) i++;
  if (words[i]?.text === "npx") {
    i++;
    while (words[i]?.text.startsWith("-")) i++;
  }
  const word = words[i];
  if (!word || word.text.includes(HOLE)) return undefined;
  const program = word.text.slice(word.text.lastIndexOf("/") + 1);
  return { program, args: words.slice(i + 1), word };
}
