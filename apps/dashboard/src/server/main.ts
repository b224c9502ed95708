import { fileURLToPath } from "node:url";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { readDashboardConfig } from "./DashboardConfig";
import { startDashboard } from "./startDashboard";

// `npm start`: the dashboard with the Thanh Xuân plugin, the UI from dist/ui.
const uiDir = fileURLToPath(new URL("../../dist/ui", import.meta.url));
const running = await startDashboard({ config: readDashboardConfig(), plugins: [thanhXuan70], uiDir });

const stop = () => {
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
