/**
 * The route table. Every page is loaded on demand (React.lazy), so the first
 * screen's JavaScript stays small and editors/charts arrive when opened (issue 4 "Quality bar").
 */
import { Result, Spin } from 'antd';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { matchPath, useRouter } from '../lib/router.tsx';

type Page = ComponentType<{ params: Record<string, string> }>;

const HomePage = lazy(() => import('../features/home/home-page.tsx'));
const WorkspacePage = lazy(() => import('../features/workspace/workspace-page.tsx'));
const DocumentPage = lazy(() => import('../features/document/document-page.tsx'));
const ReviewQueuePage = lazy(() => import('../features/review/review-queue-page.tsx'));
const PublicPage = lazy(() => import('../features/public/public-page.tsx'));
const OverviewPage = lazy(() => import('../features/overview/overview-page.tsx'));
const PrintPage = lazy(() => import('../features/print/print-page.tsx'));
const AccountPage = lazy(() => import('../features/account/account-page.tsx'));
const AdminUsersPage = lazy(() => import('../features/admin-users/admin-users-page.tsx'));
const MonitoringRoundsPage = lazy(() => import('../features/monitoring/rounds-page.tsx'));
const MonitoringRoundPage = lazy(() => import('../features/monitoring/round-page.tsx'));
const RectificationNoticesPage = lazy(() => import('../features/rectification/notices-page.tsx'));
const RectificationNoticePage = lazy(() => import('../features/rectification/notice-page.tsx'));
const ResultsPage = lazy(() => import('../features/results/results-page.tsx'));
const PublicResultsNoticePage = lazy(() => import('../features/results/public-results-notice.tsx'));
const IndicatorLibraryPage = lazy(() => import('../features/indicator-library/indicator-library-page.tsx'));
const RulePacksPage = lazy(() => import('../features/rule-packs/rule-packs-page.tsx'));
const ImportReviewPage = lazy(() => import('../features/import-review/import-review-page.tsx'));
const NotificationsPage = lazy(() => import('../features/notifications/notifications-page.tsx'));
const AdminOrganisationsPage = lazy(() => import('../features/admin-organisations/admin-organisations-page.tsx'));
const FiscalYearsPage = lazy(() => import('../features/admin-fiscal-years/fiscal-years-page.tsx'));
const YearStatusPage = lazy(() => import('../features/year-status/year-status-page.tsx'));

const routes: Array<{ pattern: string; page: Page | LazyExoticComponent<Page> }> = [
  { pattern: '/', page: HomePage },
  { pattern: '/documents', page: WorkspacePage },
  // Before /documents/:id, which would take "import-review" for an id.
  { pattern: '/documents/import-review', page: ImportReviewPage },
  { pattern: '/documents/:id', page: DocumentPage },
  { pattern: '/reviews', page: ReviewQueuePage },
  { pattern: '/documents/:id/print', page: PrintPage },
  { pattern: '/overview', page: OverviewPage },
  { pattern: '/public', page: PublicPage },
  { pattern: '/public/:id', page: PublicPage },
  { pattern: '/account', page: AccountPage },
  { pattern: '/admin/users', page: AdminUsersPage },
  { pattern: '/monitoring', page: MonitoringRoundsPage },
  { pattern: '/monitoring/:id', page: MonitoringRoundPage },
  { pattern: '/rectification', page: RectificationNoticesPage },
  { pattern: '/rectification/:id', page: RectificationNoticePage },
  { pattern: '/indicator-library', page: IndicatorLibraryPage },
  { pattern: '/admin/rule-packs', page: RulePacksPage },
  { pattern: '/notifications', page: NotificationsPage },
  { pattern: '/results', page: ResultsPage },
  { pattern: '/public/results/:year', page: PublicResultsNoticePage },
  { pattern: '/admin/organisations', page: AdminOrganisationsPage },
  { pattern: '/admin/fiscal-years', page: FiscalYearsPage },
  { pattern: '/year-status', page: YearStatusPage },
];

export function AppRoutes() {
  const { path } = useRouter();
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    const Page = route.page;
    return (
      <Suspense
        fallback={
          <Spin style={{ display: 'block', margin: '80px auto' }} tip="正在加载…">
            <div />
          </Spin>
        }
      >
        <Page key={path} params={params} />
      </Suspense>
    );
  }
  return <Result status="404" title="页面不存在" subTitle="请从上方菜单进入。" />;
}
