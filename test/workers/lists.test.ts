import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { listScenarios } from "../support/list-scenarios";

listScenarios(
  () => ({
    name: "workerd",
    baseUrl: "http://edge.test",
    fetch: (url, init) => exports.default.fetch(new Request(url, init)),
    expire: async () => {},
  }),
  env.ADMIN_TOKEN!,
);
