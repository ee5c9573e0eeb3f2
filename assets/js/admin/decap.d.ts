// What the editors' form's script uses of Decap CMS's standalone build, which sets these globals
// (https://decapcms.org/docs/customization/, https://decapcms.org/docs/custom-widgets/).

/** An Immutable.js Map, as Decap hands entries to widgets and previews. */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: readonly (string | number)[]): unknown;
  toJS(): Record<string, unknown>;
}

interface DecapWidget {
  control: unknown;
  preview: unknown;
}

interface DecapCms {
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  getWidget(name: string): DecapWidget | undefined;
  registerLocale(locale: string, phrases: unknown): void;
  getLocale(locale: string): Record<string, unknown> | undefined;
}

/** React's createElement. */
type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** A class component from a specification, as React's create-react-class makes it. */
type CreateClass = (specification: Record<string, unknown> & { render(): unknown }) => unknown;

declare const CMS: DecapCms;
declare const h: CreateElement;
declare const createClass: CreateClass;

declare module "cms:review-templates" {
  /** The preview templates, compiled by the build (src/_build/cms/adminBundle.ts). */
  const templates: Record<string, unknown>;
  export default templates;
}

declare module "nunjucks/browser/nunjucks-slim.js" {
  import nunjucks from "nunjucks";
  export default nunjucks;
}
