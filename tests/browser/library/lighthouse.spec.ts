import { expect, test } from "@playwright/test";
import { auditPages } from "../../support/lighthouse.ts";

// Performance is measured by `npm run bench`, where timing belongs; these three do not depend on the
// machine. Lighthouse drives a Chromium of its own, so this runs beside the other browser tests.
test("Lighthouse scores 100 for accessibility, best practices and SEO on the home, review and search pages", async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  const audits = await auditPages(
    ["/", "/reviews/fictional-family-m-2016/", "/search/"].map((path) => `${baseURL}${path}`),
    ["accessibility", "best-practices", "seo"],
  );
  for (const audit of audits) {
    expect(audit.scores, `${audit.url}: ${audit.failing.join("; ")}`).toEqual({
      accessibility: 100,
      "best-practices": 100,
      seo: 100,
    });
  }
});
