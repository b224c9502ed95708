import { packageConfig } from "../../vitest.shared.ts";

export default packageConfig("plugin-phuong-ba-dinh-80");
