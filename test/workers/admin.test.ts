import { env } from "cloudflare:test";
import { adminScenarios } from "../support/admin-scenarios";
import { workerd } from "./host";

adminScenarios(
  () => workerd,
  env.ADMIN_TOKEN!,
);
