/** Hash routes of the merchant app: `#/`, `#/faults`, `#/print?receipt=…`. Static hosting needs no rewrites. */
import { useEffect, useState } from 'preact/hooks';

export type RouteName =
  | 'home'
  | 'virtual'
  | 'faults'
  | 'wizard'
  | 'ereceipt'
  | 'settings'
  | 'print'
  | 'printer'
  | 'reconcile'
  | 'review'
  | 'day-close';

export interface Route {
  name: RouteName;
  params: URLSearchParams;
}

/** Every route (tests open each screen from this list). */
export const ROUTE_NAMES: readonly RouteName[] = [
  'home',
  'virtual',
  'faults',
  'wizard',
  'ereceipt',
  'settings',
  'print',
  'printer',
  'reconcile',
  'review',
  'day-close',
];
const NAMES: ReadonlySet<string> = new Set(ROUTE_NAMES);

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head = '', query = ''] = path.split('?', 2);
  const name = head === '' ? 'home' : head;
  return {
    name: NAMES.has(name) ? (name as RouteName) : 'home',
    params: new URLSearchParams(query),
  };
}

export function hrefFor(name: RouteName, params?: Record<string, string>): string {
  const query = params ? `?${new URLSearchParams(params).toString()}` : '';
  return name === 'home' ? '#/' : `#/${name}${query}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
