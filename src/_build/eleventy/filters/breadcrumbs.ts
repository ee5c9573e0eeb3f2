export interface Breadcrumb {
  title: string;
  url: string;
}

/**
 * The trail from the home page to the page's parent, from the folders in its URL:
 * /reviews/themes/neglect/ gives Home, Local reviews, Reviews by theme. Folders with no title
 * (such as /reviews/page/) are skipped. `titles` comes from library/groups.ts (sectionTitles).
 */
export function breadcrumbs(url: string, titles: Readonly<Record<string, string>>): Breadcrumb[] {
  if (url === "/") return [];
  const trail: Breadcrumb[] = [{ title: "Home", url: "/" }];
  const segments = url.split("/").filter(Boolean);
  for (let depth = 1; depth < segments.length; depth++) {
    const ancestor = `/${segments.slice(0, depth).join("/")}/`;
    const title = titles[ancestor];
    if (title) trail.push({ title, url: ancestor });
  }
  return trail;
}
