/**
 * The site's root, from the running script's address: the search page's scripts are two folders
 * down from it, online (assets/dist/) and in the offline archive (assets/search/) alike, so this
 * works on a server and from disk.
 */
export function siteRootOf(script: HTMLOrSVGScriptElement | null): URL {
  return new URL("../../", script instanceof HTMLScriptElement && script.src ? script.src : window.location.href);
}
