/** The merchant app: language, routing between screens, and the offline/update banner. */
import { useEffect, useState } from 'preact/hooks';
import { htmlLang, initialLang, LangContext, rememberLang, type Lang } from './i18n';
import { useRoute, type RouteName } from './router';
import { lazyScreen } from './lazy';
import { Header } from './header';
import { HomeScreen } from './screens/home';
import { OfflineBanner } from './offline-banner';
import { StoreNotice } from './status/store-notice';
import { ErrorBoundary } from './error-boundary';
import { PrinterProvider } from './printer-context';
import type { FunctionComponent } from 'preact';
import type { Route } from './router';

export interface ScreenProps {
  route: Route;
}

const SCREENS: Record<RouteName, FunctionComponent<ScreenProps>> = {
  home: HomeScreen,
  virtual: lazyScreen(() => import('./screens/virtual-printer')),
  faults: lazyScreen(() => import('./screens/fault-log')),
  wizard: lazyScreen(() => import('./screens/troubleshoot')),
  ereceipt: lazyScreen(() => import('./screens/e-receipt')),
  print: lazyScreen(() => import('./screens/print')),
  settings: lazyScreen(() => import('./screens/settings')),
  printer: lazyScreen(() => import('./screens/printer-settings')),
  reconcile: lazyScreen(() => import('./screens/reconcile')),
  review: lazyScreen(() => import('./screens/review')),
  'day-close': lazyScreen(() => import('./screens/day-close')),
};

export function App() {
  const [lang, setLang] = useState<Lang>(() => initialLang());
  const route = useRoute();

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);

  const chooseLang = (next: Lang) => {
    rememberLang(next);
    setLang(next);
  };

  const Screen = SCREENS[route.name];
  return (
    <LangContext.Provider value={lang}>
      <PrinterProvider>
        <Header onLang={chooseLang} />
        <OfflineBanner />
        <StoreNotice />
        <main class="screen">
          <ErrorBoundary key={route.name}>
            <Screen route={route} />
          </ErrorBoundary>
        </main>
      </PrinterProvider>
    </LangContext.Provider>
  );
}
