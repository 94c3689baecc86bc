const SEARCH_KEY = 'images.search';
/** What the Images page keeps in its address between visits. */
const KEPT = ['user', 'identity', 'job'];

/** Remember the person, identity and job the Images page shows, for the navigation link. */
export function rememberImagesSearch(params: URLSearchParams): void {
  const kept = new URLSearchParams();
  for (const name of KEPT) {
    const value = params.get(name);
    if (value) kept.set(name, value);
  }
  sessionStorage.setItem(SEARCH_KEY, kept.toString());
}

/** The Images page's address as last seen in this tab: `/images?user=…&identity=…&job=…`. */
export function imagesPath(): string {
  const search = sessionStorage.getItem(SEARCH_KEY);
  return search ? `/images?${search}` : '/images';
}
