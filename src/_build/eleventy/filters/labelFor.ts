import type { VocabularyEntry } from "../../content/siteDataSchema.ts";

/** The label of a key in a vocabulary ("neglect" in themes gives "Neglect"); the key itself if unknown. */
export function labelFor(key: string, vocabulary: readonly VocabularyEntry[]): string {
  return vocabulary.find((entry) => entry.key === key)?.label ?? key;
}
