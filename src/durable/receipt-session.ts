/**
 * One Durable Object per receipt: holds the customer pages' WebSockets (hibernation API, so an
 * idle wait costs nothing) and tells them the moment the receipt is issued or cancelled. Its one
 * alarm runs the receipt's due work (QR auto-finalize, outbox retries) at the earliest due time
 * the database holds; the work is idempotent, so an alarm delivered twice does no harm.
 */
import { DurableObject } from "cloudflare:workers";
import { workerPorts, type Env } from "../worker/env";
import { runDueWork } from "../worker/services/due-work";
import type { LiveMessage } from "../worker/ports";

interface SocketInfo {
  connectedAt: string;
}

export class ReceiptSession extends DurableObject<Env> {
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

  async publish(message: LiveMessage): Promise<number> {
    await this.ctx.storage.put("last", message);
    const text = JSON.stringify(message);
    const sockets = this.ctx.getWebSockets();
    for (const socket of sockets) socket.send(text);
    return sockets.length;
  }

  async wake(receiptId: string, at: number): Promise<void> {
    await this.ctx.storage.put("receiptId", receiptId);
    const current = await this.ctx.storage.getAlarm();
    if (current === null || at < current) await this.ctx.storage.setAlarm(at);
  }

  override async alarm(): Promise<void> {
    const receiptId = await this.ctx.storage.get<string>("receiptId");
    if (!receiptId) return;
    const next = await runDueWork(workerPorts(this.env), receiptId);
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
