/** A page Eleventy knows, as much of it as breadcrumbs need. */
interface PageLike {
  url?: string | false;
  data?: { title?: string; breadcrumbTitle?: string };
}

export interface Breadcrumb {
  title: string;
  url: string;
}

const titlesByCollection = new WeakMap<readonly PageLike[], Map<string, string>>();

/**
 * The trail from the home page to the page's parent, from the folders in its URL:
 * /reviews/themes/neglect/ gives Home, Local reviews, Themes. Folders with no page are skipped.
 */
export function breadcrumbs(url: string, pages: readonly PageLike[]): Breadcrumb[] {
  let titles = titlesByCollection.get(pages);
  if (!titles) {
    titles = new Map();
    for (const page of pages) {
      const title = page.data?.breadcrumbTitle ?? page.data?.title;
      if (page.url && title) titles.set(page.url, title);
    }
    titlesByCollection.set(pages, titles);
  }
  const trail: Breadcrumb[] = [{ title: "Home", url: "/" }];
  const segments = url.split("/").filter(Boolean);
  for (let depth = 1; depth < segments.length; depth++) {
    const ancestor = `/${segments.slice(0, depth).join("/")}/`;
    const title = titles.get(ancestor);
    if (title) trail.push({ title, url: ancestor });
  }
  return url === "/" ? [] : trail;
}
