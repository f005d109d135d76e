/**
 * What a command line does to Twilio: a Twilio CLI `api:<domain>:<version>:…:create|update|remove` command, or a
 * `curl` request to a write endpoint; and whether it asks for the webhooks.
 */
import type { CatalogueOperation } from "../catalogue";
import { HEADER_NAME } from "../spelling";
import { HOLE } from "./hole";
import { matchCliTopic, matchRestRequest } from "./rest-paths";
import type { Word } from "./shell";

export const CLI_FLAG = "--x-twilio-webhook-enabled";

export interface CommandFinding {
  tool: "twilio" | "curl";
  op: CatalogueOperation;
  /** The topic (`api:…:create`) or the program word (`curl`). */
  word: Word;
  /** The command as written, for the message (`api:conversations:v1:…:create`, `curl`). */
  command: string;
  /** "present": the flag/header is there (any value); "missing"; "unknown": an interpolated word may hold it. */
  state: "present" | "missing" | "unknown";
}

/** A word that may carry anything: `${args}` on its own, or text starting with an interpolated value. */
function opaque(word: Word): boolean {
  return word.bare || word.text.startsWith(HOLE);
}

export function twilioCommand(args: Word[]): CommandFinding | undefined {
  const topic = args[0];
  if (!topic || topic.text.includes(HOLE)) return undefined;
  const op = matchCliTopic(topic.text);
  if (!op) return undefined;
  let state: CommandFinding["state"] = "missing";
  for (let i = 1; i < args.length; i++) {
    const w = args[i];
    const lower = w.text.toLowerCase();
    if (lower === CLI_FLAG || lower.startsWith(`${CLI_FLAG}=`)) return { tool: "twilio", op, word: topic, command: topic.text, state: "present" };
    // An interpolated word right after a flag is that flag's value; anywhere else it could be the flag itself.
    const prev = args[i - 1];
    const isValue = i > 1 && prev.text.startsWith("-") && !prev.text.includes("=") && !opaque(prev);
    if (opaque(w) && !isValue) state = "unknown";
  }
  return { tool: "twilio", op, word: topic, command: topic.text, state };
}

/** curl's options that take a value (short letters and long names); the rest are switches. */
const SHORT_VALUE = new Set([..."dFHXuAeobcmwxErYyzCUKTDtQP"]);
const LONG_VALUE = new Set([
  "data", "data-raw", "data-binary", "data-urlencode", "data-ascii", "json", "form", "form-string", "header", "request",
  "url", "user", "user-agent", "referer", "output", "cookie", "cookie-jar", "max-time", "write-out", "proxy", "cert",
  "key", "cacert", "capath", "connect-timeout", "retry", "retry-delay", "retry-max-time", "limit-rate", "range",
  "resolve", "interface", "dns-servers", "max-redirs", "oauth2-bearer", "proxy-user", "config", "upload-file",
  "dump-header", "continue-at", "telnet-option", "quote", "ftp-port", "variable", "expand-url", "aws-sigv4",
  "connect-to", "header-file", "trace", "trace-ascii", "stderr", "netrc-file", "unix-socket", "proto", "proto-redir",
]);
const DATA_LONG = new Set(["data", "data-raw", "data-binary", "data-urlencode", "data-ascii", "json", "form", "form-string"]);

export function curlCommand(programWord: Word, args: Word[]): CommandFinding | undefined {
  let method: string | undefined;
  let data = false;
  let get = false;
  let head = false;
  let upload = false;
  let unknown = false;
  let header: "present" | "missing" | "unknown" = "missing";
  const urls: string[] = [];

  const option = (name: string, value: Word | undefined) => {
    const v = value?.text;
    switch (name) {
      case "X":
      case "request":
        if (v === undefined || v.includes(HOLE)) unknown = true;
        else method = v.toUpperCase();
        return;
      case "H":
      case "header": {
        if (v === undefined || v.startsWith("@")) {
          if (header !== "present") header = "unknown";
          return;
        }
        const name = v.split(/[:;]/, 1)[0].trim();
        if (name.includes(HOLE)) {
          if (header !== "present") header = "unknown";
        } else if (name.toLowerCase() === HEADER_NAME.toLowerCase()) header = "present";
        return;
      }
      case "url":
        if (v !== undefined) urls.push(v);
        return;
      case "K":
      case "config":
      case "next":
      case ":":
      case "variable":
        unknown = true;
        return;
      case "G":
      case "get":
        get = true;
        return;
      case "I":
      case "head":
        head = true;
        return;
      case "T":
      case "upload-file":
        upload = true;
        return;
      default:
        if (name === "d" || name === "F" || DATA_LONG.has(name)) data = true;
    }
  };

  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const t = w.text;
    if (opaque(w)) {
      unknown = true;
      continue;
    }
    if (t.startsWith("--") && t.length > 2) {
      const eq = t.indexOf("=");
      const name = eq === -1 ? t.slice(2) : t.slice(2, eq);
      if (eq !== -1) option(name, { ...w, text: t.slice(eq + 1) });
      else if (LONG_VALUE.has(name)) option(name, args[++i]);
      else option(name, undefined);
      continue;
    }
    if (t.startsWith("-") && t.length > 1) {
      for (let j = 1; j < t.length; j++) {
        const c = t[j];
        if (SHORT_VALUE.has(c)) {
          const rest = t.slice(j + 1);
          option(c, rest ? { ...w, text: rest } : args[++i]);
          break;
        }
        option(c, undefined);
      }
      continue;
    }
    urls.push(t);
  }
  if (unknown) return undefined;
  const verb = method ?? (head ? "HEAD" : get ? "GET" : upload ? "PUT" : data ? "POST" : "GET");
  for (const url of urls) {
    const op = matchRestRequest(url, verb);
    if (op) return { tool: "curl", op, word: programWord, command: "curl", state: header };
  }
  return undefined;
}
