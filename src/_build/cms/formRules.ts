import type { z } from "zod";
import { makeReviewSchema, type ReviewVocabulary } from "../content/reviewSchema.ts";
import { checkContent } from "../content/zodProblems.ts";

/**
 * The editors' form and the build check the same rules. Where the form states a rule itself (a
 * length, a required field), its message is the one the build's schema gives for breaking it,
 * found here by asking the schema about a review that breaks only that rule.
 */

/** A review the build accepts, to change one field of at a time. */
export function acceptedReview(vocabulary: ReviewVocabulary): Record<string, unknown> {
  return {
    title: "Child A",
    reviewType: vocabulary.reviewTypes[0]?.key,
    published: "2020-01-01",
    summary: "A review.",
    themes: [vocabulary.themes[0]?.key],
  };
}

/**
 * What the build says about `field` when it holds `value` and the rest of the review is sound;
 * undefined when it accepts it.
 */
export function buildMessage(vocabulary: ReviewVocabulary, field: string, value: unknown): string | undefined {
  const review = { ...acceptedReview(vocabulary), [field]: value };
  if (value === undefined) delete review[field];
  const result = checkContent(makeReviewSchema(vocabulary) as z.ZodType, review);
  if (result.success) return undefined;
  const issue = result.error.issues.find((found) => found.path[0] === field);
  return issue ? withField(field, issue.message) : undefined;
}

/**
 * A message as a sentence about the field: the schema's messages either name the field ("The
 * title must...") or follow it, as the build prints them after the field's name ("summary must...").
 */
function withField(field: string, message: string): string {
  return /^[a-z]/.test(message) ? `${field} ${message}` : message;
}

/**
 * Like buildMessage, for a value the build must refuse: a rule the form stated that the build
 * did not share would be a lie.
 */
export function refusal(vocabulary: ReviewVocabulary, field: string, value: unknown): string {
  const message = buildMessage(vocabulary, field, value);
  if (!message)
    throw new Error(`The build accepts ${field} = ${JSON.stringify(value)}, so the form must not refuse it.`);
  return message;
}
