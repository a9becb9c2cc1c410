/** Providers (Chinese locale, session, router) and the choice between the login page and the app. */
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import './accessible-colours.css';
import './page-title.css';
import './narrow-screens.css';
import { appLocale } from './app-locale.ts';
import { usePrefersReducedMotion } from '../lib/prefers-reduced-motion.ts';
import { LoginPage } from '../features/login/login-page.tsx';
import { RouterProvider, useRouter } from '../lib/router.tsx';
import { AppLayout } from './app-layout.tsx';
import { AppRoutes } from './app-routes.tsx';
import { isPublicPath, SessionProvider, useSession } from './session-context.tsx';

dayjs.locale('zh-cn');

/**
 * Colours with at least 4.5:1 contrast on white and on the page grey (WCAG AA, checked by axe in
 * e2e/accessibility.ts): antd's default links (#1677ff, 4.1:1) and secondary text (#8c8c8c, 3.36:1)
 * fall short for 12–14 px text.
 */
const accessibleTokens = {
  colorPrimary: '#1d5fa8',
  colorLink: '#1d5fa8',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  // Danger buttons and error text: antd's #ff4d4f is 3.26:1 on white.
  colorError: '#cf1322',
  borderRadius: 4,
};

export function App() {
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider
      locale={appLocale}
      button={{ autoInsertSpace: false }}
      theme={{ token: { ...accessibleTokens, motion: !reducedMotion } }}
    >
      <AntApp>
        <RouterProvider>
          <SessionProvider>
            <SignedInGate />
          </SessionProvider>
        </RouterProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function SignedInGate() {
  const { user, isLoading } = useSession();
  const { path } = useRouter();
  if (isPublicPath(path)) return <AppRoutes />;
  if (isLoading) return <Spin fullscreen tip="正在加载…" />;
  if (!user) return <LoginPage />;
  return (
    <AppLayout>
      <AppRoutes />
    </AppLayout>
  );
}
