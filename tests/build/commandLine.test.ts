// Every command's --help and its mistakes, run as a user runs them: the usage on --help, one plain
// line for an option it does not have, and each option documented in docs/commands.md.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { projectRoot } from "../../src/_build/projectPaths.ts";
import { runScript } from "../support/projectCopy.ts";

/** Each command's script, by the name it is run with. None of these runs does anything but print. */
const COMMANDS = {
  build: "src/_build/cli/build.ts",
  "build:national": "src/_build/cli/buildNational.ts",
  preview: "src/_build/cli/preview.ts",
  archive: "src/_build/cli/archive.ts",
  "new-partnership": "src/_build/cli/newPartnership.ts",
  "new-review": "src/_build/cli/newReview.ts",
  edit: "src/_build/cli/edit.ts",
};

/** The part of docs/commands.md about one command: from its heading to the next. */
function sectionOf(docs: string, command: string): string {
  const start = docs.indexOf(`## \`npm run ${command}`);
  assert.ok(start >= 0, `docs/commands.md has a section for npm run ${command}`);
  const next = docs.indexOf("\n## ", start + 1);
  return docs.slice(start, next < 0 ? undefined : next);
}

for (const [command, script] of Object.entries(COMMANDS)) {
  test(`npm run ${command} -- --help prints its usage; an unknown option is one plain line`, async () => {
    const help = await runScript(projectRoot, script, ["--help"]);
    assert.equal(help.code, 0, help.stderr);
    assert.equal(help.stderr, "");
    assert.match(help.stdout, new RegExp(`^Usage: npm run ${command}( |$)`, "m"));
    assert.match(help.stdout, /^Options:$/m);
    assert.match(help.stdout, new RegExp(`^Examples?:\\n {2}npm run ${command}`, "m"));

    const wrong = await runScript(projectRoot, script, ["--no-such-option"]);
    assert.equal(wrong.code, 1);
    assert.equal(wrong.stdout, "");
    assert.equal(
      wrong.stderr,
      `npm run ${command}: there is no option --no-such-option. To see its options: npm run ${command} -- --help\n`,
    );

    // Every option the usage lists is documented with the command.
    const section = sectionOf(await readFile(path.join(projectRoot, "docs", "commands.md"), "utf8"), command);
    const options = [...help.stdout.matchAll(/^ {2}(--[\w-]+)/gm)].map((match) => match[1] as string);
    for (const option of options.filter((option) => option !== "--help")) {
      assert.ok(section.includes(`\`${option}`), `docs/commands.md documents ${option} of npm run ${command}`);
    }
  });
}
