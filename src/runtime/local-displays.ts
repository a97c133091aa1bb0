/**
 * Customer displays on a single node: what each terminal's display shows, kept in memory, and its
 * open pages listening over Server-Sent Events. After a restart a display is blank until the till's
 * next change.
 */
import { IDLE, nextView, type DisplayView } from "../worker/display/view";
import type { CustomerDisplays } from "../worker/ports";

const HEARTBEAT_MS = 25_000;

export function localDisplays(): CustomerDisplays {
  const views = new Map<string, DisplayView>();
  /** Each open page: how to tell it a view, and how to end its stream. */
  const listeners = new Map<string, Set<{ send: (view: DisplayView) => void; end: () => void }>>();

  return {
    async show(terminalId, update) {
      const next = nextView(views.get(terminalId) ?? IDLE, update);
      if (!next) return;
      if (next.state === "idle") views.delete(terminalId);
      else views.set(terminalId, next);
      for (const listener of listeners.get(terminalId) ?? []) listener.send(next);
    },
    async revoke(terminalId) {
      views.delete(terminalId);
      for (const listener of listeners.get(terminalId) ?? []) {
        listener.send(IDLE);
        listener.end();
      }
    },
    async current(terminalId) {
      return views.get(terminalId) ?? IDLE;
    },
    async connect(terminalId, request) {
      if (request.headers.get("upgrade")?.toLowerCase() === "websocket") {
        // This host speaks SSE only; the page falls back to EventSource on this answer.
        return new Response("Use Server-Sent Events (Accept: text/event-stream) on this host", { status: 426 });
      }
      const encoder = new TextEncoder();
      let cleanup = () => {};
      let ended = false;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const send = (view: DisplayView) => controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: "display", view })}\n\n`));
          controller.enqueue(encoder.encode("retry: 3000\n\n"));
          send(views.get(terminalId) ?? IDLE);
          const set = listeners.get(terminalId) ?? new Set();
          const end = () => {
            if (ended) return;
            ended = true;
            cleanup();
            controller.close();
          };
          const listener = { send, end };
          set.add(listener);
          listeners.set(terminalId, set);
          const heartbeat = setInterval(() => controller.enqueue(encoder.encode(": keep-alive\n\n")), HEARTBEAT_MS);
          cleanup = () => {
            clearInterval(heartbeat);
            set.delete(listener);
            if (set.size === 0) listeners.delete(terminalId);
          };
          request.signal.addEventListener("abort", end);
        },
        cancel() {
          ended = true;
          cleanup();
        },
      });
      return new Response(stream, { headers: { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" } });
    },
  };
}
