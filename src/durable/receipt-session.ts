/**
 * One Durable Object per receipt: it holds the open receipt (state in memory, stored in its own
 * SQLite-backed storage before the till is answered), runs its commands one at a time, writes it
 * to D1 once when it is issued or cancelled, and tells the customer pages' WebSockets (hibernation
 * API, so an idle wait costs nothing) in the same step. One alarm drives its due work.
 */
import { DurableObject } from "cloudflare:workers";
import type { ReceiptRecord } from "../db/receipts";
import { workerPorts, type Env } from "../worker/env";
import type { LiveMessage, Ports } from "../worker/ports";
import type { IdempotencyClaim, SessionCommand, SessionReply } from "../worker/session/commands";
import { ReceiptSessionCore } from "../worker/session/core";
import type { SessionState } from "../worker/session/state";
import type { SessionStorage } from "../worker/session/storage";

interface SocketInfo {
  connectedAt: string;
}

export class ReceiptSession extends DurableObject<Env> {
  private core: ReceiptSessionCore | undefined;
  private ports: Ports | undefined;

  /** The receipt id is the object's name; it is kept for the alarm, which is not told it. */
  private session(receiptId: string): ReceiptSessionCore {
    this.ports ??= workerPorts(this.env);
    this.core ??= new ReceiptSessionCore(this.ports, this.storage(), receiptId);
    return this.core;
  }

  private storage(): SessionStorage {
    const { storage } = this.ctx;
    return {
      load: async () => (await storage.get<SessionState>("state")) ?? null,
      save: async (state) => {
        if (state) await storage.put({ state, receiptId: state.receipt.id });
        else await storage.delete("state");
      },
      schedule: async (at) => {
        const current = await storage.getAlarm();
        if (current === null || at.getTime() < current) await storage.setAlarm(at.getTime());
      },
      publish: (message) => this.publish(message),
    };
  }

  run(receiptId: string, command: SessionCommand, claim?: IdempotencyClaim): Promise<SessionReply> {
    return this.session(receiptId).run(command, claim);
  }

  view(receiptId: string, token: string, visit: boolean): Promise<ReceiptRecord | null> {
    return this.session(receiptId).view(token, visit);
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Expected a WebSocket upgrade", { status: 426, headers: { upgrade: "websocket" } });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    server.serializeAttachment({ connectedAt: new Date().toISOString() } satisfies SocketInfo);
    // A page that connects after the news still gets it: the last message is kept.
    const last = await this.ctx.storage.get<LiveMessage>("last");
    if (last) server.send(JSON.stringify(last));
    return new Response(null, { status: 101, webSocket: client });
  }

  private async publish(message: LiveMessage): Promise<void> {
    await this.ctx.storage.put("last", message);
    const text = JSON.stringify(message);
    for (const socket of this.ctx.getWebSockets()) socket.send(text);
  }

  async wake(receiptId: string, at: number): Promise<void> {
    await this.ctx.storage.put("receiptId", receiptId);
    const current = await this.ctx.storage.getAlarm();
    if (current === null || at < current) await this.ctx.storage.setAlarm(at);
  }

  override async alarm(): Promise<void> {
    const receiptId = await this.ctx.storage.get<string>("receiptId");
    if (!receiptId) return;
    const next = await this.session(receiptId).due();
    if (next) await this.ctx.storage.setAlarm(Math.max(next.getTime(), Date.now() + 1000));
  }

  connections(): number {
    return this.ctx.getWebSockets().length;
  }

  override async webSocketMessage(socket: WebSocket, message: string | ArrayBuffer): Promise<void> {
    if (message === "ping") socket.send("pong");
  }

  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    socket.close(code === 1005 ? 1000 : code, "bye");
  }
}
