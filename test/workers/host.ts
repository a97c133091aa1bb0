/** The app inside workerd, as the till scenarios reach it: through the Worker's own fetch handler. */
import { exports } from "cloudflare:workers";
import type { Host } from "../support/api-client";

export const workerd: Host = {
  name: "workerd",
  baseUrl: "http://edge.test",
  fetch: (url, init) => exports.default.fetch(new Request(url, init)),
  expire: async () => {},
};
