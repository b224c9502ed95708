/**
 * Says, on every page, that the plan's events are sample data written for a
 * demo (Vietnamese first, English beside it), so nobody takes them for an
 * office's real progress. In the page flow, never over content.
 */
export function DemoBanner() {
  return (
    <p className="demo-banner" role="note" data-testid="demo-banner">
      <strong lang="vi">Dữ liệu mẫu</strong> / <strong lang="en">demo data</strong>:{" "}
      <span lang="vi">tiến độ và báo cáo của kế hoạch này là ví dụ, không phải số liệu thật</span>
      {" · "}
      <span lang="en">this plan's progress and reports are examples, not real figures</span>
    </p>
  );
}
