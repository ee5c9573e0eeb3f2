import { execFileSync } from "node:child_process";
import { paths } from "../projectPaths.ts";
import type { CmsBackend } from "./cmsConfig.ts";

/** Said in config.yml when the build cannot tell which repository the site is built from. */
export const UNKNOWN_REPOSITORY = "OWNER/REPOSITORY";

/** "owner/name" from a GitHub address, https or ssh: "https://github.com/owner/name.git" gives "owner/name". */
export function githubRepository(address: string): string | undefined {
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(address.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

function originRemote(): string {
  try {
    return execFileSync("git", ["config", "--get", "remote.origin.url"], {
      cwd: paths.root,
      encoding: "utf8",
      stdio: "pipe",
    });
  } catch {
    return "";
  }
}

/**
 * Where the form saves, from the environment. `npm run edit` sets SCR_CMS_LOCAL_BACKEND to its
 * decap-server's address. Otherwise GitHub: the repository Netlify builds from (it sets
 * REPOSITORY_URL, https://docs.netlify.com/configure-builds/environment-variables/), else this
 * clone's origin; the branch pull requests go to, SCR_CMS_BRANCH or "main".
 */
export function cmsBackend(env: NodeJS.ProcessEnv = process.env): CmsBackend {
  if (env.SCR_CMS_LOCAL_BACKEND) return { kind: "local", url: env.SCR_CMS_LOCAL_BACKEND };
  const repo = githubRepository(env.REPOSITORY_URL ?? "") ?? githubRepository(originRemote()) ?? UNKNOWN_REPOSITORY;
  // Netlify's URL is the production site's address on every deploy: sign-in on a deploy preview
  // must name the site Netlify knows the OAuth provider for, not the preview's own host.
  const siteDomain = env.URL && URL.canParse(env.URL) ? new URL(env.URL).host : undefined;
  return { kind: "github", repo, branch: env.SCR_CMS_BRANCH || "main", ...(siteDomain ? { siteDomain } : {}) };
}
