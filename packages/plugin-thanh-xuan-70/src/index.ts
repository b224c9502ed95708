export { keHoach70NamGiaiPhongThuDo } from "./plans/keHoach70NamGiaiPhongThuDo";
export { ISSUER_ID, PLAN_ID, thanhXuan70, thanhXuan70 as default } from "./plugin";
export { units } from "./units";
export { wards } from "./wards";
