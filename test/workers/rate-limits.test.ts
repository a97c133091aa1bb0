import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { rateLimitScenarios } from "../support/rate-limit-scenarios";

rateLimitScenarios(
  () => ({
    name: "workerd",
    baseUrl: "http://edge.test",
    fetch: (url, init) => exports.default.fetch(new Request(url, init)),
    expire: async () => {},
  }),
  env.ADMIN_TOKEN!,
  { fromAddress: (ip) => ({ "cf-connecting-ip": ip }), alignedWindows: true, longBursts: false },
);
