// The editors' form's own script, loaded after Decap CMS on /admin/ only (src/admin/index.njk):
// the preview as the site shows a review, the publication date's rule, and messages in the build's words.
import { registerMessages } from "./messages.ts";
import { registerReviewDate } from "./reviewDate.ts";
import { reviewPreview } from "./reviewPreview.ts";
import { readSiteData } from "./siteData.ts";

const data = readSiteData();
registerMessages();
registerReviewDate();
CMS.registerPreviewStyle(data.styleUrl);
CMS.registerPreviewTemplate("reviews", reviewPreview(data));
