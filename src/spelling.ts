/** Recognises near misses of the option name, which twilio silently ignores. */

export const OPTION_NAME = "xTwilioWebhookEnabled";
export const HEADER_NAME = "X-Twilio-Webhook-Enabled";

const normalize = (s: string) => s.toLowerCase().replace(/[\s_-]/g, "");
const TARGET = normalize(OPTION_NAME);

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance must exceed `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * True when `key` is not the option but was meant to be: another case (`XTwilioWebhookEnabled`), `_`/`-`
 * separated (`x_twilio_webhook_enabled`, the header name), plural `Webhooks`, or within two edits.
 */
export function isMisspelledOption(key: string): boolean {
  if (key === OPTION_NAME) return false;
  const n = normalize(key);
  if (n === TARGET || n === "xtwiliowebhooksenabled") return true;
  return editDistance(n, TARGET) <= 2;
}
