import { describe, expect, it } from "vitest";

import { HOLE } from "../../../src/http/hole";
import { axiosFullPath, joinUrl } from "../../../src/http/url";

describe("joinUrl (new URL(path, base))", () => {
  it.each([
    ["https://conversations.twilio.com", "/v1/Conversations"],
    ["https://conversations.twilio.com/v1/", "Conversations/CH1"],
    ["https://conversations.twilio.com/v1", "Conversations"],
    ["https://conversations.twilio.com/v1/Services?x=1", "Conversations"],
    ["https://conversations.twilio.com/v1/", "./Conversations"],
    ["https://conversations.twilio.com", "Conversations"],
    ["https://a.example/v1/", "//conversations.twilio.com/v1/Users"],
  ])("%s + %s agrees with WHATWG URL", (base, path) => {
    expect(joinUrl(base, path)).toBe(new URL(path, base).href);
  });

  it("gives up on dot segments and on unknown starts", () => {
    expect(joinUrl("https://conversations.twilio.com/v1/x/", "../Conversations")).toBeUndefined();
    expect(joinUrl("https://conversations.twilio.com/v1/", `${HOLE}/Conversations`)).toBeUndefined();
    expect(joinUrl(`${HOLE}/v1/`, "Conversations")).toBeUndefined();
  });
});

describe("axiosFullPath", () => {
  it("joins like axios' combineURLs, and keeps absolute URLs", () => {
    expect(axiosFullPath("https://conversations.twilio.com/v1/", "/Conversations")).toBe("https://conversations.twilio.com/v1/Conversations");
    expect(axiosFullPath("https://conversations.twilio.com/v1", "Conversations")).toBe("https://conversations.twilio.com/v1/Conversations");
    expect(axiosFullPath("https://x.example", "https://conversations.twilio.com/v1/Users")).toBe("https://conversations.twilio.com/v1/Users");
    expect(axiosFullPath("https://conversations.twilio.com/v1/Users", undefined)).toBe("https://conversations.twilio.com/v1/Users");
    expect(axiosFullPath(undefined, "/Conversations")).toBeUndefined();
    expect(axiosFullPath("https://conversations.twilio.com/v1", `${HOLE}/Conversations`)).toBeUndefined();
  });
});
