/** Where a receipt session keeps its state: the Durable Object's storage, or a libsql row on Deno/Node. */
import type { LiveMessage } from "../ports";
import type { SessionState } from "./state";

export interface SessionStorage {
  load(): Promise<SessionState | null>;
  /** Durable before it resolves: the till is told only what is stored. null forgets the receipt. */
  save(state: SessionState | null): Promise<void>;
  /** Asks for `due()` at this instant (one alarm; an earlier request wins until it has run). */
  schedule(at: Date): Promise<void>;
  /** Tells this receipt's waiting pages. */
  publish(message: LiveMessage): Promise<void>;
}
