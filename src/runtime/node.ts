/** `npm run start:node`: the API on Node with an embedded libsql file (default ./data). */
import { startupBanner } from "./banner";
import { startNodeServer } from "./node-server";

const demo = process.env.DEMO_SEED !== "false";
const server = await startNodeServer({
  dataDir: process.env.DATA_DIR ?? "./data",
  port: Number(process.env.PORT ?? 8788),
  hostname: process.env.HOST ?? "127.0.0.1",
  demo,
  env: process.env,
});
console.log(startupBanner(server.url, demo ? (process.env.DEMO_TERMINAL_KEY ?? "demo-terminal-key") : null, "Node + libsql"));
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
