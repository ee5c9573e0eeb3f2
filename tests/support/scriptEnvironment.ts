import { BUILD_OPTION_VARIABLES } from "../../src/_build/buildOptions.ts";

/**
 * The environment for a project script a test starts: this process's, without any of the variables
 * a build's options are read from (see buildOptions.ts), so that only the script's own command line,
 * and `settings`, set the build up, whatever the shell the tests run in has set.
 */
export function scriptEnvironment(settings: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const cleared = Object.fromEntries(BUILD_OPTION_VARIABLES.map((name) => [name, ""]));
  return { ...process.env, ...cleared, ...settings };
}
