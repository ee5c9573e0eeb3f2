import { futureDateMessage } from "../../../src/_build/content/reviewSchema.ts";
import { todayInLondon } from "../../../src/_build/text/dates.ts";

/**
 * The publication date: Decap's date picker, refusing a date after today unless the review is a
 * draft, in the build's words (reviewSchema.ts's futureDateMessage). Decap asks a widget's control
 * isValid() before saving (https://decapcms.org/docs/custom-widgets/#advanced-field-validation).
 */
export function registerReviewDate(): void {
  const datetime = CMS.getWidget("datetime");
  if (!datetime) throw new Error("Decap CMS has no datetime widget to build the review's date on.");
  const control = createClass({
    isValid(this: { props: { value?: unknown; entry: ImmutableMap } }) {
      const { value, entry } = this.props;
      const draft = entry.getIn(["data", "draft"]);
      const message = futureDateMessage({ published: value, draft }, todayInLondon());
      return message ? { error: { message: `The date published ${message}` } } : true;
    },
    render(this: { props: Record<string, unknown> }) {
      return h(datetime.control, this.props);
    },
  });
  CMS.registerWidget("review-date", control, datetime.preview);
}
