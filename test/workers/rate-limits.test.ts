import { env } from "cloudflare:test";
import { rateLimitScenarios } from "../support/rate-limit-scenarios";
import { workerd } from "./host";

rateLimitScenarios(
  () => workerd,
  env.ADMIN_TOKEN!,
  { fromAddress: (ip) => ({ "cf-connecting-ip": ip }), alignedWindows: true, longBursts: false },
);
