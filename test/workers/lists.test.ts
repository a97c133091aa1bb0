import { env } from "cloudflare:test";
import { listScenarios } from "../support/list-scenarios";
import { workerd } from "./host";

listScenarios(
  () => workerd,
  env.ADMIN_TOKEN!,
);
