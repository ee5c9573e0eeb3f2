import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { VocabularyEntry } from "../../src/_build/content/siteDataSchema.ts";

/** A small deterministic random generator (mulberry32), so every run writes the same reviews. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  "Agencies held information that, taken together, showed growing risk, but no single agency saw the whole picture.",
  "The health visitor recorded concerns about the home conditions and shared them with the GP.",
  "School staff noticed changes in the child's attendance and behaviour over several months.",
  "Children's social care completed an assessment that focused on the parents' account of events.",
  "Police attended the address after reports of an argument and made a referral.",
  "The adults' own needs, including their mental health and use of alcohol, were not linked to the risk to the child.",
  "Professional meetings were held, but the child's own views were seldom recorded.",
  "Plans were closed when things improved briefly, and concerns returned soon after.",
  "Information about a new adult in the household was not checked with other agencies.",
  "Practitioners were committed to the family and worked hard to engage them.",
];

/**
 * Writes `count` fictional reviews for the benchmark, spread over the years, types, themes and age
 * groups. Every one says it is fictional; file names start "fictional-", as fixtures must.
 */
export async function generateReviews(
  dir: string,
  count: number,
  vocabulary: {
    reviewTypes: readonly VocabularyEntry[];
    themes: readonly VocabularyEntry[];
    ageGroups: readonly VocabularyEntry[];
  },
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const random = randomFrom(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const names: string[] = [];
  for (let index = 1; index <= count; index++) {
    const number = String(index).padStart(5, "0");
    const year = 2010 + (index % 16);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
    const themes = [
      ...new Set([pick(vocabulary.themes).key, pick(vocabulary.themes).key, pick(vocabulary.themes).key]),
    ];
    const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => pick(SENTENCES)).join(" "));
    const name = `fictional-bench-review-${number}.md`;
    names.push(name);
    await writeFile(
      path.join(dir, name),
      `---
title: "Child ${number}"
reviewType: ${pick(vocabulary.reviewTypes).key}
published: ${year}-${month}-${day}
summary: "A fictional review written for the benchmark, number ${number}. It describes no real child or family."
themes:
${themes.map((theme) => `  - ${theme}`).join("\n")}
childAge: ${pick(vocabulary.ageGroups).key}
---

*This is a fictional example, written to measure the site's build. It describes no real child, family or case.*

## Background

${paragraphs[0]}

${paragraphs[1]}

## Key findings

- ${pick(SENTENCES)}
- ${pick(SENTENCES)}
- ${pick(SENTENCES)}

${paragraphs[2]}

## Recommendations

1. ${pick(SENTENCES)}
2. ${pick(SENTENCES)}

## The partnership's response

${paragraphs[3]}

## Learning for practice

${paragraphs[4]}
`,
    );
  }
  return names;
}
