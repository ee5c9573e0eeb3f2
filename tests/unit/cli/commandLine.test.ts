import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCommandLine, usageText } from "../../../src/_build/cli/commandLine.ts";

const spec = {
  command: "npm run thing",
  positionals: "[folder]",
  does: "Does the thing.",
  options: {
    output: { type: "string", value: "<dir>", help: "Writes there." },
    quick: { type: "boolean", default: false, help: "Goes quickly." },
  },
  examples: ["npm run thing -- --quick"],
} as const;

test("--help (or -h) gives the usage: what the command does, each option, an example", () => {
  for (const args of [["--help"], ["-h"], ["--quick", "--help"]]) {
    const line = parseCommandLine(spec, args);
    assert.equal(line.kind, "help", args.join(" "));
  }
  const text = usageText(spec);
  assert.match(text, /^Usage: npm run thing -- \[options\] \[folder\]$/m);
  assert.match(text, /^Does the thing\.$/m);
  assert.match(text, /^ {2}--output <dir> {2}Writes there\.$/m);
  assert.match(text, /^ {2}--quick {9}Goes quickly\.$/m);
  assert.match(text, /^ {2}--help {10}Prints this/m);
  assert.match(text, /^Example:\n {2}npm run thing -- --quick$/m);
});

test("the options and words given are read as parseArgs reads them", () => {
  assert.deepEqual(parseCommandLine(spec, ["site", "--output", "out"]), {
    kind: "run",
    values: { output: "out", quick: false },
    positionals: ["site"],
  });
});

test("a mistake is one plain line naming it and pointing to --help", () => {
  const wrong = (args: string[], noPositionals = false) => {
    const line = parseCommandLine(noPositionals ? { ...spec, positionals: undefined } : spec, args);
    assert.equal(line.kind, "wrong", args.join(" "));
    return line.kind === "wrong" ? line.message : "";
  };
  const help = " To see its options: npm run thing -- --help";
  assert.equal(wrong(["--outptu", "x"]), `npm run thing: there is no option --outptu.${help}`);
  assert.equal(wrong(["-x"]), `npm run thing: there is no option -x.${help}`);
  assert.equal(wrong(["--output"]), `npm run thing: --output needs a value after it.${help}`);
  assert.equal(wrong(["--quick=yes"]), `npm run thing: --quick takes no value.${help}`);
  assert.equal(wrong(["site"], true), `npm run thing: "site" is not one of its options.${help}`);
});
