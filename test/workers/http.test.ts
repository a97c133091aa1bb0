import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { httpScenarios } from "../support/http-scenarios";

httpScenarios(() => ({
  name: "workerd",
  baseUrl: "http://edge.test",
  fetch: (url, init) => exports.default.fetch(new Request(url, init)),
  expire: async () => {},
}), env.ADMIN_TOKEN!);
