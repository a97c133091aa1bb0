/**
 * One Durable Object per terminal's customer display: it keeps what the display shows (in its own
 * storage, so a restart does not blank it) and tells the display pages' WebSockets (hibernation
 * API, so a display waiting between receipts costs nothing) of each change.
 */
import { DurableObject } from "cloudflare:workers";
import { IDLE, nextView, type DisplayUpdate, type DisplayView } from "../worker/display/view";
import type { Env } from "../worker/env";

export class TerminalDisplay extends DurableObject<Env> {
  async show(update: DisplayUpdate): Promise<void> {
    const next = nextView(await this.current(), update);
    if (!next) return;
    await this.ctx.storage.put("view", next);
    const text = JSON.stringify({ type: "display", view: next });
    for (const socket of this.ctx.getWebSockets()) socket.send(text);
  }

  /** The link changed: whoever held the old one hears nothing more. */
  async revoke(): Promise<void> {
    await this.ctx.storage.delete("view");
    const text = JSON.stringify({ type: "display", view: IDLE });
    for (const socket of this.ctx.getWebSockets()) {
      socket.send(text);
      socket.close(4001, "display link revoked");
    }
  }

  async current(): Promise<DisplayView> {
    return (await this.ctx.storage.get<DisplayView>("view")) ?? IDLE;
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Expected a WebSocket upgrade", { status: 426, headers: { upgrade: "websocket" } });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    server.send(JSON.stringify({ type: "display", view: await this.current() }));
    return new Response(null, { status: 101, webSocket: client });
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
