// Stylelint's standard conventions for the site's CSS, with the project's own choices below.
export default {
  extends: ["stylelint-config-standard"],
  rules: {
    // Class names are BEM, as GOV.UK Frontend's are: block__element--modifier, each part kebab-case.
    "selector-class-pattern": [
      "^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$",
      { message: (selector) => `Expected class selector "${selector}" to be block__element--modifier, in kebab-case` },
    ],
    // min-width, not the range syntax (width >= 40em): Safari before 16.4, still on older phones, ignores ranges.
    "media-feature-range-notation": "prefix",
    // Safari on iOS still needs the prefix to keep text from growing when a phone is turned.
    "property-no-vendor-prefix": [true, { ignoreProperties: ["/text-size-adjust$/"] }],
    // The stylesheet is ordered by component (base, header, lists, review page), not by specificity,
    // so a component's rules stay together.
    "no-descending-specificity": null,
  },
};
