import { EVERYWHERE, placeKey, readPlace, type Place } from '../place/place-param';

/** The views of the app; each one's state lives in the URL, so links can be shared and back/forward work. */
export type View = 'home' | 'explore' | 'chain' | 'place' | 'projects' | 'import' | 'article' | 'review';

/** In the order the navigation lists them. */
export const VIEWS: View[] = ['home', 'explore', 'chain', 'place', 'projects', 'import', 'article', 'review'];

function parse(hash: string): { view: View; params: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  // The landing page is where an empty or unknown hash leads.
  const view = VIEWS.includes(path as View) ? (path as View) : 'home';
  return { view, params: new URLSearchParams(query) };
}

/** The current view and its parameters, read from and written to `location.hash`. */
class Route {
  view = $state<View>('home');
  params = $state(new URLSearchParams());
  /**
   * The place the URL names, in any of its forms. The same object until the place itself
   * changes, so that what a view asks about the place is not asked again when another
   * parameter changes.
   */
  place = $state.raw<Place>(EVERYWHERE);

  constructor() {
    this.#read();
    window.addEventListener('hashchange', () => this.#read());
  }

  #read() {
    const { view, params } = parse(window.location.hash);
    this.view = view;
    this.params = params;
    const place = readPlace(params);
    if (placeKey(place) !== placeKey(this.place)) this.place = place;
  }

  get(name: string): string | null {
    return this.params.get(name);
  }

  /** Goes to a view with these parameters, as a new history entry. */
  go(view: View, params: Record<string, string | null | undefined> = {}) {
    window.location.hash = href(view, params);
  }

  /** Changes parameters of the current view; `replace` keeps history clean while typing. */
  update(changes: Record<string, string | null | undefined>, { replace = false } = {}) {
    const next = new URLSearchParams(this.params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    const hash = href(this.view, Object.fromEntries(next));
    if (replace) {
      history.replaceState(null, '', hash);
      this.#read();
    } else window.location.hash = hash;
  }
}

export function href(view: View, params: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return `#/${view}${text ? `?${text}` : ''}`;
}

export const route = new Route();
