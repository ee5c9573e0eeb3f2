import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A real file system of `size` (a tmpfs, as /dev/shm is), to fill up on purpose: mounting one
 * needs root, as CI has. Undefined where it cannot be mounted, with the reason, for the test to
 * say why it is skipped.
 */
export function mountTinyFileSystem(size = "64k"): { dir: string; unmount(): void } | { reason: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "scr-tiny-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "pipe" });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const cause = String((error as Error).message).split("\n")[0];
    return { reason: `a tmpfs cannot be mounted here (${cause}); run the tests as root, as CI does` };
  }
  return {
    dir,
    unmount() {
      execFileSync("umount", [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
