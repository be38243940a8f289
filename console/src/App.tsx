import { lazy, Suspense, useEffect, useState } from 'react';
import { ApiError, request } from './api/client';
import { credential, signOut } from './api/session';
import { ViewerContext, ViewerDocument, type Viewer } from './api/viewer';
import { Link } from './components/Link';
import { FailureMessage, Loading } from './components/status';
import { navigate, useLocation, type Route, BASE } from './router';
import { SignIn } from './views/home/SignIn';
import { Search } from './views/home/Search';

// One chunk per view: the lineage view never loads the timeline's chart library, and the reverse.
const LineageView = lazy(() => import('./views/lineage/LineageView'));
const ProvenanceView = lazy(() => import('./views/provenance/ProvenanceView'));
const SystemTimeline = lazy(() => import('./views/systems/SystemTimeline'));
const RecommendationView = lazy(() => import('./views/recommendations/RecommendationView'));
const MonitoringView = lazy(() => import('./views/monitoring/MonitoringView'));

type Session = { status: 'signed-out' } | { status: 'checking' } | { status: 'in'; viewer: Viewer } | { status: 'failed'; error: unknown };

export function App() {
  const { route, search } = useLocation();
  const [session, setSession] = useState<Session>(credential() ? { status: 'checking' } : { status: 'signed-out' });

  useEffect(() => {
    if (session.status !== 'checking') return;
    request(ViewerDocument, {}).then(
      ({ data }) => setSession({ status: 'in', viewer: data.viewer }),
      (error: unknown) => {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') signOut();
        setSession({ status: 'failed', error });
      },
    );
  }, [session.status]);

  useEffect(() => {
    document.title = `${titleOf(route)} · Provenant console`;
  }, [route]);

  const out = () => {
    signOut();
    setSession({ status: 'signed-out' });
    navigate(BASE);
  };

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href={BASE} className="brand">
          Provenant console
        </Link>
        <nav aria-label="Console">
          <a href="/graphql">GraphiQL</a>
        </nav>
        {session.status === 'in' && (
          <div className="who">
            <span>
              {session.viewer.id} · {session.viewer.roles.join(', ')} · cleared {session.viewer.clearance}
            </span>
            <button type="button" onClick={out}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {session.status === 'signed-out' && <SignIn onSignedIn={() => setSession({ status: 'checking' })} />}
        {session.status === 'checking' && <Loading what="your access" />}
        {session.status === 'failed' && (
          <>
            <FailureMessage error={session.error} what="Signing in" />
            {credential() ? (
              <button type="button" onClick={() => setSession({ status: 'checking' })}>
                Retry
              </button>
            ) : (
              <SignIn onSignedIn={() => setSession({ status: 'checking' })} />
            )}
          </>
        )}
        {session.status === 'in' && (
          <ViewerContext.Provider value={session.viewer}>
            <Suspense fallback={<Loading what="the view" />}>{viewOf(route, search)}</Suspense>
          </ViewerContext.Provider>
        )}
      </main>
    </>
  );
}

function titleOf(route: Route): string {
  return route.view === 'home' ? 'Search' : route.view === 'unknown' ? 'Not found' : `${route.view} ${route.id ?? ''}`.trim();
}

function viewOf(route: Route, search: URLSearchParams) {
  switch (route.view) {
    case 'home':
      return <Search />;
    case 'lineage':
      return <LineageView key={route.id} id={route.id} search={search} />;
    case 'provenance':
      return <ProvenanceView key={route.id} id={route.id} asOf={search.get('asOf')} />;
    case 'systems':
      return <SystemTimeline key={route.id} id={route.id} />;
    case 'recommendations':
      return <RecommendationView key={route.id} id={route.id} />;
    case 'monitoring':
      return <MonitoringView key={route.id} id={route.id} search={search} />;
    case 'unknown':
      return (
        <div role="alert" className="failure">
          <p>
            Nothing in the console is at <code>{route.path}</code>. <Link href={BASE}>Search</Link> for a node instead.
          </p>
        </div>
      );
  }
}
