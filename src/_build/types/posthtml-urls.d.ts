// @11ty/posthtml-urls ships no types: the part this project uses.
declare module "@11ty/posthtml-urls" {
  import type { Plugin } from "posthtml";
  interface Options {
    eachURL: (url: string, attribute: string, tag: string) => string | Promise<string>;
  }
  const plugin: (options: Options) => Plugin<unknown>;
  export default plugin;
}
