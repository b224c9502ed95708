// A dashboard server for the benchmark, in its own process: the same
// `startDashboard` `npm start` runs (both shipped plugins), configured from the
// environment (KEHOACH_DATA_DIR or KEHOACH_DATABASE_URL, KEHOACH_SECRET).
// Tells its parent its URL over IPC, and stops (draining, closing the store)
// when the parent sends "stop".
import { readDashboardConfig } from "../src/server/DashboardConfig";
import { startDashboard } from "../src/server/startDashboard";
import { benchKehoach } from "./benchStore";

const running = await startDashboard({
  config: readDashboardConfig({ ...process.env, PORT: "0", HOST: "127.0.0.1" }),
  plugins: benchKehoach.plugins,
  uiDir: process.env.KEHOACH_BENCH_UI_DIR || null,
  log: () => {},
});
process.send?.({ url: running.url });
process.on("message", (message) => {
  if (message !== "stop") return;
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
