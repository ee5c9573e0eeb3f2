import assert from "node:assert/strict";
import { test } from "node:test";
import { startStaticServer } from "../../src/_build/preview/staticServer.ts";
import { auditPages } from "../support/lighthouse.ts";
import { testSites } from "../support/testSites.ts";

// Performance is measured by `npm run bench`, where timing belongs; these three do not depend on the machine.
test(
  "Lighthouse scores 100 for accessibility, best practices and SEO on the home, review and search pages",
  { timeout: 300_000 },
  async () => {
    const server = await startStaticServer(testSites.fixtures);
    try {
      const audits = await auditPages(
        ["/", "/reviews/fictional-family-m-2016/", "/search/"].map((path) => `${server.url}${path}`),
        ["accessibility", "best-practices", "seo"],
      );
      for (const audit of audits) {
        assert.deepEqual(
          audit.scores,
          { accessibility: 100, "best-practices": 100, seo: 100 },
          `${audit.url}: ${audit.failing.join("; ")}`,
        );
      }
    } finally {
      await server.close();
    }
  },
);
