import { useQuery } from '@apollo/client/react';
import { Button, Layout, Result, Space, Tag } from 'antd';
import { lazy, useEffect, useState } from 'react';
import { LazyPart, QueryState } from './components/common';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useI18n } from './i18n/i18n';
import { useAuth } from './lib/auth';
import { routeOf, type Route } from './lib/invitation';
import { NotificationBell } from './features/notifications/NotificationBell';
import { TakeawayButton } from './features/takeaway/TakeawayButton';
import { LoginPage } from './pages/LoginPage';
import { MeQuery, useMe } from './session/me';

// Each role's home is its own chunk: a leader never downloads the bank's screens (nor G6 unless it needs it).
const LeaderHome = lazy(() => import('./pages/leader/LeaderHome'));
const SmeHome = lazy(() => import('./pages/sme/SmeHome'));
const BankHome = lazy(() => import('./pages/bank/BankHome'));
const WarehouseHome = lazy(() => import('./pages/warehouse/WarehouseHome'));
const ProviderHome = lazy(() => import('./pages/provider/ProviderHome'));
const AuthorityHome = lazy(() => import('./pages/authority/AuthorityHome'));
// The public sign-up page an invitation link opens (#/signup?token=…).
const SignUpPage = lazy(() => import('./pages/SignUpPage'));

/** The page the address's hash asks for, following its changes. */
function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

function Header() {
  const { t, locale, setLocale, tk } = useI18n();
  const { logout, live } = useAuth();
  const me = useMe();
  return (
    <Layout.Header className="app-header">
      <span className="brand">{t('app.name')}</span>
      <div className="who">
        {me && (
          <span data-testid="who">
            {me.company.name} · {me.name} <Tag>{tk('kind', me.company.kind)}</Tag>
            <Tag>{tk('role', me.role)}</Tag>
          </span>
        )}
        <Tag color={live ? 'green' : 'default'} title={live ? undefined : t('app.liveOff')}>
          {t('app.live')}
        </Tag>
        <Space>
          {me && <NotificationBell />}
          {me?.role === 'ADMIN' && <TakeawayButton />}
          <Button size="small" onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
            {t('app.language')}
          </Button>
          <Button size="small" onClick={logout}>
            {t('app.logout')}
          </Button>
        </Space>
      </div>
    </Layout.Header>
  );
}

function Home() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const me = data?.me;
  let page = null;
  if (me) {
    switch (me.company.kind) {
      case 'CHAIN_LEADER':
        page = <LeaderHome me={me} />;
        break;
      case 'SME':
        page = <SmeHome me={me} />;
        break;
      case 'BANK':
        page = <BankHome me={me} />;
        break;
      case 'WAREHOUSE_OPERATOR':
        page = <WarehouseHome me={me} />;
        break;
      case 'SERVICE_PROVIDER':
        page = <ProviderHome me={me} />;
        break;
      case 'AUTHORITY':
        page = <AuthorityHome me={me} />;
        break;
      default:
        page = <Result status="info" title={t('app.unsupportedKind', { kind: me.company.kind })} />;
    }
  }
  return (
    <QueryState loading={loading} error={error} empty={!me} retry={() => void refetch()}>
      <ErrorBoundary title={t('app.crashed')} retry={t('app.reload')}>
        <LazyPart>{page}</LazyPart>
      </ErrorBoundary>
    </QueryState>
  );
}

export function App() {
  const { token } = useAuth();
  const route = useRoute();
  if (route.page === 'signup')
    return (
      <LazyPart>
        <SignUpPage token={route.token} />
      </LazyPart>
    );
  if (!token) return <LoginPage />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header />
      <Layout.Content className="app-content">
        <Home />
      </Layout.Content>
    </Layout>
  );
}
