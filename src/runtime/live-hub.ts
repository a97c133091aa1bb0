/**
 * Waiting customer pages on a single node: they listen over Server-Sent Events, and the last
 * message of a receipt is kept for late listeners. A timer per receipt stands in for the Durable
 * Object's alarm (the worker loop's sweep covers restarts).
 */
import type { LiveMessage } from "../worker/ports";

export interface LiveHub {
  publish(receiptId: string, message: LiveMessage): void;
  connect(receiptId: string, request: Request): Response;
  wake(receiptId: string, at: Date): void;
  close(): void;
}

const HEARTBEAT_MS = 25_000;
const KEEP_LAST_MS = 10 * 60_000;

export function liveHub(runDue: (receiptId: string) => Promise<Date | null>, onError: (error: unknown) => void): LiveHub {
  const listeners = new Map<string, Set<(message: LiveMessage) => void>>();
  const last = new Map<string, LiveMessage>();
  const alarms = new Map<string, { at: number; timer: ReturnType<typeof setTimeout> }>();

  const wake = (receiptId: string, at: Date): void => {
    const current = alarms.get(receiptId);
    if (current && current.at <= at.getTime()) return;
    if (current) clearTimeout(current.timer);
    const timer = setTimeout(() => {
      alarms.delete(receiptId);
      runDue(receiptId)
        .then((next) => (next ? wake(receiptId, new Date(Math.max(next.getTime(), Date.now() + 1000))) : undefined))
        .catch(onError);
    }, Math.max(0, at.getTime() - Date.now()));
    alarms.set(receiptId, { at: at.getTime(), timer });
  };

  return {
    wake,
    close() {
      for (const { timer } of alarms.values()) clearTimeout(timer);
      alarms.clear();
    },
    publish(receiptId, message) {
      last.set(receiptId, message);
      setTimeout(() => last.delete(receiptId), KEEP_LAST_MS).unref?.();
      for (const listener of listeners.get(receiptId) ?? []) listener(message);
    },
    connect(receiptId, request) {
      if (request.headers.get("upgrade")?.toLowerCase() === "websocket") {
        // This host speaks SSE only; the page falls back to EventSource on this answer.
        return new Response("Use Server-Sent Events (Accept: text/event-stream) on this host", { status: 426 });
      }
      const encoder = new TextEncoder();
      let cleanup = () => {};
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const send = (message: LiveMessage) => controller.enqueue(encoder.encode(`data: ${JSON.stringify(message)}\n\n`));
          controller.enqueue(encoder.encode("retry: 3000\n\n"));
          const known = last.get(receiptId);
          if (known) send(known);
          const set = listeners.get(receiptId) ?? new Set();
          set.add(send);
          listeners.set(receiptId, set);
          const heartbeat = setInterval(() => controller.enqueue(encoder.encode(": keep-alive\n\n")), HEARTBEAT_MS);
          cleanup = () => {
            clearInterval(heartbeat);
            set.delete(send);
            if (set.size === 0) listeners.delete(receiptId);
          };
          request.signal.addEventListener("abort", () => {
            cleanup();
            controller.close();
          });
        },
        cancel() {
          cleanup();
        },
      });
      return new Response(stream, {
        headers: { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" },
      });
    },
  };
}
