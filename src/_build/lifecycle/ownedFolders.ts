import { readdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

/**
 * Folders a build makes for itself (its staging folder, its folders of search pages, an archive's
 * staging folder) carry its process id in their names: `<prefix>-<pid>`, or `<prefix>-<pid>-<any>`.
 * A build that is stopped cleans up after itself; one killed outright cannot, and the next build
 * can tell its leftovers from a build still running by whether that process exists.
 */
export function ownedName(prefix: string, pid: number = process.pid): string {
  return `${prefix}-${pid}`;
}

/** Whether a process with this id is running (on this machine). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A place where owned folders are made: a folder, and the prefix of their names in it. */
export interface OwnedPlace {
  dir: string;
  prefix: string;
}

/**
 * Removes what builds that no longer run left in these places, and returns the paths removed.
 * A folder whose owner is still running (another build at the same time) is left alone.
 */
export async function sweepLeftovers(
  places: readonly OwnedPlace[],
  running: (pid: number) => boolean = isProcessRunning,
): Promise<string[]> {
  const removed: string[] = [];
  for (const { dir, prefix } of places) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // No such folder: nothing was left there.
    }
    const owned = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(\\d+)(?:-.*)?$`);
    for (const name of names) {
      const pid = Number(owned.exec(name)?.[1]);
      if (!pid || pid === process.pid || running(pid)) continue;
      const leftover = path.join(dir, name);
      await rm(leftover, { recursive: true, force: true });
      removed.push(leftover);
    }
  }
  return removed;
}
