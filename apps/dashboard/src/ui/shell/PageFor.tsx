import { ActivitiesPage } from "../pages/ActivitiesPage";
import { ActivityDetailPage } from "../pages/ActivityDetailPage";
import { AuditPage } from "../pages/AuditPage";
import { ImportPage } from "../pages/ImportPage";
import { OverviewPage } from "../pages/OverviewPage";
import { ReportsPage } from "../pages/ReportsPage";
import { RewardsPage } from "../pages/RewardsPage";
import { TimelinePage } from "../pages/TimelinePage";
import { UnitsPage } from "../pages/UnitsPage";
import { WardsPage } from "../pages/WardsPage";

/** The page a path shows (the overview for an unknown path). */
export function PageFor({ path }: { path: string }) {
  const detail = /^\/hoat-dong\/([^/]+)$/.exec(path);
  if (detail?.[1]) return <ActivityDetailPage id={decodeURIComponent(detail[1])} />;
  switch (path) {
    case "/hoat-dong":
      return <ActivitiesPage />;
    case "/tien-do":
      return <TimelinePage />;
    case "/don-vi":
      return <UnitsPage />;
    case "/phuong":
      return <WardsPage />;
    case "/khen-thuong":
      return <RewardsPage />;
    case "/bao-cao":
      return <ReportsPage />;
    case "/nhap-ke-hoach":
      return <ImportPage />;
    case "/nhat-ky":
      return <AuditPage />;
    default:
      return <OverviewPage />;
  }
}
