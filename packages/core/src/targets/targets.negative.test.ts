import { describe, expect, it } from "vitest";
import type { Level } from "../model/Activity";
import { findTargets } from "./index";

describe("findTargets: not targets", () => {
  it.each([
    "kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954-10/10/2024)",
    "Giải chạy Báo Hà Nội mới mở rộng lần thứ 49",
    "Tổ chức Lễ gắn biển tháng 6/2024",
    "(1) Thực hiện thông tin, tuyên truyền (2) Phối hợp tổ chức",
    "đạt 95 % kế hoạch; 3,5 km đường",
    "Hoàn thành trước ngày 30/11/2024",
  ])("%s", (text) => {
    expect(findTargets(text, { level: "district" })).toEqual([]);
  });
  it("returns [] for invalid options or input, never throws", () => {
    expect(findTargets("55 gia đình", { level: "province" as Level })).toEqual([]);
    expect(findTargets(undefined as unknown as string, { level: "ward" })).toEqual([]);
  });
  it("stays fast on long digit runs", () => {
    expect(findTargets("1 ".repeat(50_000), { level: "ward" })).toEqual([]);
  });
});
