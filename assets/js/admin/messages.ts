/**
 * Decap prefixes a pattern's message with "<field> didn't match the pattern:". The form's
 * patterns carry the build's own sentences (src/_build/cms/formRules.ts), so they are shown alone.
 */
export function registerMessages(): void {
  const english = CMS.getLocale("en") as
    { editor?: { editorControlPane?: { widget?: Record<string, string> } } } | undefined;
  const widget = english?.editor?.editorControlPane?.widget;
  if (!english || !widget) return;
  widget.regexPattern = "%{pattern}";
  CMS.registerLocale("en", english);
}
