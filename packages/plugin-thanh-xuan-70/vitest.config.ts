import { packageConfig } from "../../vitest.shared.ts";

export default packageConfig("plugin-thanh-xuan-70");
