import { expect, test } from "@playwright/test";
import { paths } from "../../../src/_build/projectPaths.ts";
import { identityOf } from "../../support/testSites.ts";

/** The project's own partnership: the fixtures site is its site with the fictional reviews added. */
const site = identityOf(paths.data);

test("the Atom feed is well-formed XML and lists reviews newest first", async ({ page }) => {
  await page.goto("/");
  // The browser's own XML parser: it reports any error as a <parsererror> element.
  const feed = await page.evaluate(async () => {
    const text = await (await fetch("/feed.xml")).text();
    const document = new DOMParser().parseFromString(text, "application/xml");
    const atom = "http://www.w3.org/2005/Atom";
    const root = document.documentElement;
    const entries = Array.from(document.getElementsByTagNameNS(atom, "entry"));
    const childText = (parent: Element, name: string) =>
      parent.getElementsByTagNameNS(atom, name)[0]?.textContent ?? "";
    return {
      error: document.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      root: `${root.namespaceURI} ${root.localName}`,
      feedFields: ["id", "title", "updated", "author"].filter((name) =>
        Array.from(root.children).some((child) => child.localName === name),
      ),
      titles: entries.map((entry) => childText(entry, "title")),
      published: entries.map((entry) => childText(entry, "published")),
      links: entries.map((entry) => entry.getElementsByTagNameNS(atom, "link")[0]?.getAttribute("href") ?? ""),
    };
  });
  expect(feed.error).toBeNull();
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(feed.feedFields).toEqual(["id", "title", "updated", "author"]);
  expect(feed.titles).toHaveLength(13);
  expect(feed.titles[0]).toBe("Thematic review: Keeping babies safe");
  expect(feed.published).toEqual([...feed.published].sort().reverse());
  expect(feed.links[0]).toBe(`${site.url}/reviews/fictional-thematic-review-infant-safety/`);
});

test("the JSON feed is a JSON Feed 1.1 document with reviews newest first", async ({ request }) => {
  const feed = await (await request.get("/feed.json")).json();
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(feed.items).toHaveLength(13);
  const dates = feed.items.map((item: { date_published: string }) => item.date_published);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(feed.items[0]).toMatchObject({
    title: "Thematic review: Keeping babies safe",
    url: `${site.url}/reviews/fictional-thematic-review-infant-safety/`,
  });
});
