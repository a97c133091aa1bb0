import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { adminScenarios } from "../support/admin-scenarios";

adminScenarios(
  () => ({
    name: "workerd",
    baseUrl: "http://edge.test",
    fetch: (url, init) => exports.default.fetch(new Request(url, init)),
    expire: async () => {},
  }),
  env.ADMIN_TOKEN!,
);
