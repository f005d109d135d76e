import { describe, expect, it } from "vitest";

import { curlCommand, twilioCommand } from "../../../src/http/command-line";
import { HOLE } from "../../../src/http/hole";
import { programOf, splitCommands, type Word } from "../../../src/http/shell";

const words = (line: string) => splitCommands({ text: line, offsets: [...line].map((_, i) => i) });
const texts = (line: string) => words(line).map((c) => c.map((w) => w.text));

describe("splitCommands", () => {
  it("splits words and commands as a shell does", () => {
    expect(texts(`a 'b c' "d \\"e\\"" f\\ g && h; i | j\nk # comment`)).toEqual([["a", "b c", 'd "e"', "f g"], ["h"], ["i"], ["j"], ["k"]]);
    expect(texts(`curl -H"X: y"z`)).toEqual([["curl", "-HX: yz"]]);
    expect(texts(`a 'unbalanced`)).toEqual([]);
  });

  it("ends each word where its source ends, closing quote included", () => {
    expect(words(`twilio "api:x" b`)[0]!.map((w) => w.end)).toEqual([6, 14, 16]);
  });

  it("marks an interpolated value standing alone as bare, a quoted one as one word", () => {
    const [cmd] = words(`a ${HOLE} "${HOLE}" x${HOLE}`);
    expect(cmd!.map((w) => w.bare)).toEqual([false, true, false, false]);
  });

  it("finds the program past VAR=value and npx", () => {
    expect(programOf(words("A=1 B=2 npx -y twilio api:x")[0]!)?.program).toBe("twilio");
    expect(programOf(words("/usr/local/bin/curl -s")[0]!)?.program).toBe("curl");
  });
});

const args = (line: string): Word[] => programOf(words(line)[0]!)!.args;
const curl = (line: string) => {
  const p = programOf(words(line)[0]!)!;
  return curlCommand(p.word, p.args);
};

describe("twilioCommand", () => {
  it("reads the flag in any case, with = or a separate value", () => {
    expect(twilioCommand(args("twilio api:conversations:v1:users:create --identity a"))?.state).toBe("missing");
    expect(twilioCommand(args("twilio api:conversations:v1:users:create --X-TWILIO-WEBHOOK-ENABLED=true"))?.state).toBe("present");
    expect(twilioCommand(args("twilio api:conversations:v1:users:create --x-twilio-webhook-enabled false"))?.state).toBe("present");
  });
  it("an interpolated word is a flag's value after a flag, else unknown", () => {
    expect(twilioCommand(args(`twilio api:conversations:v1:users:create --identity ${HOLE}`))?.state).toBe("missing");
    expect(twilioCommand(args(`twilio api:conversations:v1:users:create ${HOLE}`))?.state).toBe("unknown");
    expect(twilioCommand(args(`twilio api:conversations:v1:users:create --a=b ${HOLE}`))?.state).toBe("unknown");
  });
});

describe("curlCommand", () => {
  const URL = "https://conversations.twilio.com/v1/Conversations/CH1/Messages";
  it.each([
    [`curl -X POST ${URL}`, "conversations.v1.conversations.messages.create"],
    [`curl -d Body=hi ${URL}`, "conversations.v1.conversations.messages.create"],
    [`curl --json {} ${URL}`, "conversations.v1.conversations.messages.create"],
    [`curl -F a=b ${URL}`, "conversations.v1.conversations.messages.create"],
    [`curl -sSL --request POST --url ${URL}`, "conversations.v1.conversations.messages.create"],
    [`curl -XDELETE ${URL}/IM1`, "conversations.v1.conversations.messages.remove"],
    [`curl ${URL}`, undefined],
    [`curl -G -d a=b ${URL}`, undefined],
    [`curl -I ${URL}`, undefined],
    [`curl -u ${URL} https://example.com -X POST`, undefined],
  ])("%s → %s", (line, id) => {
    expect(curl(line)?.op.id).toBe(id);
  });

  it("reads the header in any case and spelling of the option", () => {
    expect(curl(`curl -X POST ${URL}`)?.state).toBe("missing");
    expect(curl(`curl -X POST -H x-twilio-webhook-enabled:true ${URL}`)?.state).toBe("present");
    expect(curl(`curl -X POST --header=X-Twilio-Webhook-Enabled:false ${URL}`)?.state).toBe("present");
    expect(curl(`curl -X POST -HX-Twilio-Webhook-Enabled:true ${URL}`)?.state).toBe("present");
    expect(curl(`curl -X POST -H @headers.txt ${URL}`)?.state).toBe("unknown");
    expect(curl(`curl -X POST -H ${HOLE}:true ${URL}`)?.state).toBe("unknown");
    expect(curl(`curl -X POST ${URL} ${HOLE}`)).toBeUndefined();
  });
});
