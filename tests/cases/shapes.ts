// Snippets for resolution shapes: what the rule must find (with the lines it reports) and what it must not.

/** A snippet and the line(s) the rule reports in it. */
const at = (code: string, ...lines: number[]) => ({ code, lines });

export const silent = [
    // Instances of the browser SDK and unresolved parameters.
    "async function f(conversation) { await conversation.update({ friendlyName: 'x' }); }",
    // Results of reads are not resources (`remove()` resolves to a boolean, `page()` to a page).
    "async function f() { const ok = await client.conversations.v1.conversations('CH1').remove({ xTwilioWebhookEnabled: 'true' }); ok.update(); }",
    // `this.x` assigned twice is not followed.
    `class S { constructor(a, b) { this.c = a.conversations.v1.conversations("CH1"); if (b) this.c = b; }
       run() { return this.c.update(); } }`,
    // A second write through a TS wrapper counts as a write: the field holds two values.
    `class S { init(a) { this.c = a.conversations.v1.conversations("CH1"); }
       reset() { (this as any).c = null; }
       run() { return this.c.update(); } }`,
    // A write under a computed key could be to any field; a compound write leaves the value unknown.
    `class S { init(a, k) { this.c = a.conversations.v1.conversations("CH1"); this[k] = null; }
       run() { return this.c.update(); } }`,
    `class S { init(a) { this.c = a.conversations.v1.conversations("CH1"); this.c ??= null; }
       run() { return this.c.update(); } }`,
    // The second write may come after the call in the file: still two values.
    `class S { run() { return this.c.update(); }
       init(a) { this.c = a.conversations.v1.conversations("CH1"); }
       later() { this.c = null; } }`,
    // In static methods and static fields `this` is the class, not an instance: neither reads nor writes count.
    `class S { static m = fake; m = client.conversations.v1.conversations("CH1").messages;
       static send() { return this.m.create({ body: "x" }); } }`,
    `class S { m; static init = () => { this.m = client.conversations.v1.conversations("CH1").messages; };
       send() { return this.m.create({ body: "x" }); } }`,
    // Writes other than \`=\`: increments, destructuring targets, for…of heads.
    `class S { m = client.conversations.v1.conversations("CH1").messages;
       swap(d) { [this.m] = d; } send() { return this.m.create({ body: "x" }); } }`,
    `class S { m = client.conversations.v1.conversations("CH1").messages;
       swap(d) { ({ m: this.m } = d); } send() { return this.m.create({ body: "x" }); } }`,
    `class S { m = client.conversations.v1.conversations("CH1").messages;
       swap(list) { for (this.m of list) {} } send() { return this.m.create({ body: "x" }); } }`,
    // Parameter properties, auto-accessors, accessor pairs and computed keys are writes too.
    `class S { constructor(public m: any = fake) {}
       use() { this.m = client.conversations.v1.conversations("CH1").messages; } send() { return this.m.create({ body: "x" }); } }`,
    `class S { accessor m: any = fake;
       use() { this.m = client.conversations.v1.conversations("CH1").messages; } send() { return this.m.create({ body: "x" }); } }`,
    `class S { get m() { return fake; } set m(v) {}
       use() { this.m = client.conversations.v1.conversations("CH1").messages; } send() { return this.m.create({ body: "x" }); } }`,
    `class S { [k]: any = fake; m: any;
       use() { this.m = client.conversations.v1.conversations("CH1").messages; } send() { return this.m.create({ body: "x" }); } }`,
    // A `let` that is reassigned is not followed.
    "let m = client.conversations.v1.conversations('CH1').messages; m = fake; m.create({});",
    // Elements of a list() that is not awaited are not instances.
    "const all = client.conversations.v1.users.list(); all[0].remove();",
];

export const found = [
    at("const c = client.conversations.v1.conversations('CH1'); c.update({});", 1),
    at("let c = client.conversations.v1.conversations('CH1'); c.messages.create({});", 1),
    at("const { conversations } = client.conversations.v1; conversations('CH1').remove();", 1),
    at("const { conversations: convs } = client.conversations; convs.create({});", 1),
    at("const { v1: { users } } = client.conversations; users('US1').update({});", 1),
    at("const msgs = client.conversations.v1.conversations('CH1').messages; msgs('IM1').remove();", 1),
    at("client.conversations.v1.conversations.get('CH1').participants.get('MB1').update({});", 1),
    at("client.conversations.conversations('CH1').messages.create({});", 1),
    at("client?.conversations?.v1?.conversations?.('CH1')?.messages?.create?.({});", 1),
    at("(client.conversations.v1 as any).conversations('CH1')!.messages.create(<any>{});", 1),
    at("(<Twilio>client).conversations.v1.conversations('CH1').update({ } satisfies object);", 1),
    at("client.conversations.v1.conversations('CH1').messages.createWithHttpInfo({ body: 'x' });", 1),
    at("twilio(sid, token).conversations.v1.conversations('CH1').remove();", 1),
    at("context.getTwilioClient().chat.services('IS1').channels('CH1').members('MB1').remove();", 1),
    at("client.chat.v2.services('IS1').users('US1').userChannels('CH1').remove();", 1),
    at("client.chat.channels('IS1', 'CH1').update({ type: 'private' });", 1),
    at("client.ipMessaging.services('IS1').channels.create({ friendlyName: 'x' });", 1),
    at("client.ipMessaging.v2.services('IS1').channels('CH1').messages('IM1').update({ body: 'x' });", 1),
    at("client.conversations.v1.services('IS1').conversationWithParticipants.create({ participant: [] });", 1),
    at("client['conversations'].v1['conversations']('CH1').remove();", 1),
    // Class fields and this.x assigned once.
    at(`class S {
  convs = client.conversations.v1.conversations;
  close(sid) { return this.convs(sid).update({ state: "closed" }); }
}`, 3),
    at(`class S {
  constructor(client, sid) { this.svc = client.conversations.v1.services(sid); }
  open = () => this.svc.conversations.create({ friendlyName: "x" });
}`, 3),
    at(`class S {
  constructor(private readonly client: Twilio) {}
  say(sid: string) { return this.client.conversations.v1.conversations(sid).messages.create({ body: "x" }); }
}`, 3),
    // Private class fields, initialised or assigned once.
    at(`class S {
  #convs = client.conversations.v1;
  #svc;
  constructor(sid) { this.#svc = client.chat.v2.services(sid); }
  close(sid) { return this.#convs.conversations(sid).remove(); }
  kick(ch, m) { return this.#svc.channels(ch).members(m).remove(); }
}`, 5, 6),
    // `this` inside a nested function or class is another object: its assignments do not count.
    at(`class S {
  constructor(client) {
    this.c = client.conversations.v1.conversations("CH1");
    const helper = { attach: function () { this.c = null; } };
    class Inner { reset() { this.c = null; } }
  }
  close() { return this.c.update({ state: "closed" }); }
}`, 7),
    // The single write may come after the use, in a later method; in a static block `this` is the class itself.
    at(`class S {
  close() { return this.c.update({ state: "closed" }); }
  init(client) { this.c = client.conversations.v1.conversations("CH1"); }
  static { this.c = null; }
}`, 2),
    // Instances: create/fetch/update results, awaited or through then().
    at(`async function f() {
  const c = await client.conversations.v1.conversations.create({ xTwilioWebhookEnabled: "true" });
  await c.participants().create({ identity: "x" });
  await c.messages().create({ body: "hi", xTwilioWebhookEnabled: "true" });
  await c.update({ friendlyName: "x" });
}`, 3, 5),
    at(`async function f() {
  const m = await client.conversations.v1.conversations("CH1").messages("IM1").fetch();
  await m.remove();
}`, 3),
    at(`async function f() {
  const u = await client.conversations.v1.users("US1").update({ xTwilioWebhookEnabled: "true" });
  await u.remove();
}`, 3),
    at(`client.conversations.v1.conversations("CH1").fetch().then((c) => c.remove());`, 1),
    at(`client.conversations.v1.conversations.create({ xTwilioWebhookEnabled: "true" }).then(({ sid }) => sid).then(() => null);
client.conversations.v1.conversations("CH1").participants.create({ xTwilioWebhookEnabled: "false" }).then(function (p) { return p.update({}); });`, 2),
    // Elements of list(): for-of, [0], destructuring, callbacks, find/at, each().
    at(`async function f() {
  for (const m of await client.conversations.v1.conversations("CH1").messages.list()) await m.remove();
}`, 2),
    at(`async function f() {
  const all = await client.conversations.v1.conversations("CH1").participants.list({ limit: 5 });
  await all[0].remove();
  const [first, second] = all;
  await second.update({});
  all.forEach((p) => p.remove());
  await Promise.all(all.filter((p) => p.identity).map(async (p) => { await p.update({ attributes: "{}" }); }));
  await all.find((p) => p.identity === "x")?.remove();
  await all.at(-1)!.remove();
}`, 3, 5, 6, 7, 8, 9),
    at(`client.conversations.v1.users.each((user) => { user.remove(); });`, 1),
    at(`client.conversations.v1.users.each({ pageSize: 50 }, (user, done) => { user.update({ friendlyName: "x" }); done(); });`, 1),
    at(`client.conversations.v1.conversations("CH1").messages.list().then((msgs) => msgs.map((m) => m.remove()));`, 1),
    // Child accessors destructured from an instance.
    at(`async function f() {
  const conversation = await client.conversations.v1.conversations("CH1").fetch();
  const { participants, messages } = conversation;
  await participants().create({ identity: "x" });
  await messages("IM1").remove();
}`, 4),
];

