import { fileURLToPath } from "node:url";
import { createKehoach } from "@kehoach/core";
import { phuongBaDinh80 } from "@kehoach/plugin-phuong-ba-dinh-80";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { readDashboardConfig } from "./DashboardConfig";
import { startDashboard } from "./startDashboard";

// `npm start`: the dashboard with both shipped plugins registered in one
// createKehoach (which refuses collisions); each plan then runs with its own
// plugin (see pluginsForPlan). The UI is served from dist/ui.
const kehoach = createKehoach({ plugins: [thanhXuan70, phuongBaDinh80] });
const uiDir = fileURLToPath(new URL("../../dist/ui", import.meta.url));
const running = await startDashboard({ config: readDashboardConfig(), plugins: kehoach.plugins, uiDir });

// SIGINT/SIGTERM: finish the requests in flight, close the store, exit.
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  // One shutdown, whatever the number of signals (a terminal sends one to the whole group, the start script another).
  if (stopping) return;
  stopping = true;
  console.log(`kehoach: ${signal}: dừng máy chủ / stopping the server`);
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
