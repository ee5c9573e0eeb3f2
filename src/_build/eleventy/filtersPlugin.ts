import type UserConfig from "@11ty/eleventy/UserConfig";
import { filters } from "./filters/index.ts";

/** Registers every filter in ./filters under its own name. */
export function filtersPlugin(eleventyConfig: UserConfig): void {
  for (const [name, filter] of Object.entries(filters)) {
    eleventyConfig.addFilter(name, filter as (...args: unknown[]) => unknown);
  }
}
