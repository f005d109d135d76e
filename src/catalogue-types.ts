/** Shapes of the generated operation catalogue (src/catalogue.generated.ts). */

export type OperationBase = "create" | "update" | "remove";
export type Receiver = "list" | "context" | "instance";

export interface CatalogueOperation {
  /** Stable id, e.g. `conversations.v1.conversations.messages.create`. */
  id: string;
  /** Domain property on the client: `conversations`, `chat`, `ipMessaging`. */
  domain: string;
  /** Version property on the domain: `v1`, `v2`, `v3`. */
  version: string;
  /** List accessors from the version to the resource, e.g. `["services", "conversations", "messages"]`. */
  path: string[];
  /** Resource name as twilio's types spell it, e.g. `Message`, `ConversationWithParticipants`. */
  resource: string;
  method: OperationBase;
  /** Method names that take the option: the method and its `…WithHttpInfo` twin where declared. */
  methods: string[];
  /** Where the method lives: `list` for create; `context` and `instance` for update/remove. */
  receivers: Receiver[];
  /** The options interface that declares `xTwilioWebhookEnabled`. */
  optionsType: string;
  /** Declaration file, relative to the twilio package. */
  declaration: string;
  /** REST request the operation sends, path relative to the domain's versioned base URL. */
  http: { method: string; path: string };
}

export interface Catalogue {
  twilioVersion: string;
  /** Per domain: list getters on the domain object itself, mapped to the version they stand for. */
  shorthands: Record<string, Record<string, string>>;
  /** `domain/version/path…` of every list on the way to an operation → how many sids its call takes (0: not callable). */
  lists: Record<string, number>;
  operations: CatalogueOperation[];
}
