// How every command reads its command line: its options as parseArgs reads them, each with a line
// for `--help`, which prints what the command does, its options and an example. A mistake (an
// option it does not have, one without its value) is told in one plain line that points to --help.
import { parseArgs, type ParseArgsConfig } from "node:util";

/** How parseArgs reads one option (@types/node does not export its own name for it). */
type ParseArgsOptionConfig = NonNullable<ParseArgsConfig["options"]>[string];

/** One option of a command: how parseArgs reads it, and what --help says of it. */
export type OptionSpec = ParseArgsOptionConfig & {
  /** What the option does, in a few words. */
  help: string;
  /** What its value is, for a string option: "<dir>", "YYYY-MM-DD". */
  value?: string;
};

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** A command's usage: what --help prints, and the options it reads. */
export interface CommandSpec<O extends OptionSpecs> {
  /** How it is run: "npm run archive". */
  command: string;
  /** What it takes besides options, shown after them in the usage line ('"Title"', "[folder]"); none if absent. */
  positionals?: string;
  /** What it does, in a sentence or two. */
  does: string;
  options: O;
  /** Whole command lines, each as typed. */
  examples: readonly string[];
}

type Parsed<O extends OptionSpecs> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/** What a command line asks for: the command itself, its usage, or nothing at all, being wrong. */
export type CommandLine<O extends OptionSpecs> =
  | { kind: "run"; values: Parsed<O>["values"]; positionals: string[] }
  | { kind: "help"; text: string }
  | { kind: "wrong"; message: string };

/** The line pointing to a command's usage, ending every message about a mistake. */
export function seeHelp(spec: CommandSpec<OptionSpecs>): string {
  return `To see its options: ${spec.command} -- --help`;
}

/** What --help prints. */
export function usageText(spec: CommandSpec<OptionSpecs>): string {
  const options = [
    ...Object.entries(spec.options).map(([name, option]) => [
      `--${name}${option.value ? ` ${option.value}` : ""}`,
      option.help,
    ]),
    ["--help", "Prints this, and does nothing else."],
  ];
  const width = Math.max(...options.map(([name]) => (name as string).length));
  const usage = `${spec.command}${Object.keys(spec.options).length ? " -- [options]" : ""}${
    spec.positionals ? `${Object.keys(spec.options).length ? "" : " --"} ${spec.positionals}` : ""
  }`;
  return [
    `Usage: ${usage}`,
    "",
    spec.does,
    "",
    "Options:",
    ...options.map(([name, help]) => `  ${(name as string).padEnd(width)}  ${help}`),
    "",
    spec.examples.length === 1 ? "Example:" : "Examples:",
    ...spec.examples.map((example) => `  ${example}`),
  ].join("\n");
}

/** The option a parseArgs error names ("--foo" from "Unknown option '--foo'. ..."). */
function namedIn(message: string): string {
  return /'([^' ]+)/.exec(message)?.[1] ?? "";
}

/** Reads a command line against a command's options, without printing or exiting (see readCommandLine). */
export function parseCommandLine<O extends OptionSpecs>(spec: CommandSpec<O>, args: readonly string[]): CommandLine<O> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    // parseArgs reads only the fields it knows of each option: `help` and `value` are for usageText.
    parsed = parseArgs({
      args: [...args],
      options: { ...spec.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (!code.startsWith("ERR_PARSE_ARGS_")) throw error;
    const option = namedIn((error as Error).message);
    const mistake =
      code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? `there is no option ${option}.`
        : code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /argument missing/.test((error as Error).message)
          ? `${option} needs a value after it.`
          : code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
            ? `${option} takes no value.`
            : `${option || "that"} is not one of its options.`;
    return { kind: "wrong", message: `${spec.command}: ${mistake} ${seeHelp(spec)}` };
  }
  if (parsed.values.help) return { kind: "help", text: usageText(spec) };
  if (!spec.positionals && parsed.positionals.length) {
    return {
      kind: "wrong",
      message: `${spec.command}: "${parsed.positionals[0]}" is not one of its options. ${seeHelp(spec)}`,
    };
  }
  const { help: _help, ...values } = parsed.values;
  return { kind: "run", values: values as Parsed<O>["values"], positionals: parsed.positionals };
}

/** A command given wrongly: its message says all there is to say, in plain words, without a stack trace. */
export class UsageError extends Error {}

/** Prints a mistake in the command line, pointing to --help, and ends the command with exit code 1. */
export function refuse(spec: CommandSpec<OptionSpecs>, message: string): never {
  console.error(`${message} ${seeHelp(spec)}`);
  process.exit(1);
}

/**
 * A command's options and other words, from its command line. Ends the command at once for --help
 * (printing its usage, exit code 0) or a mistake (one plain line, exit code 1).
 */
export function readCommandLine<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  args: readonly string[] = process.argv.slice(2),
): { values: Parsed<O>["values"]; positionals: string[] } {
  const line = parseCommandLine(spec, args);
  if (line.kind === "help") {
    console.log(line.text);
    process.exit(0);
  }
  if (line.kind === "wrong") {
    console.error(line.message);
    process.exit(1);
  }
  return line;
}
