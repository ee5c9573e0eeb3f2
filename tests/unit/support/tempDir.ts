import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** A fresh folder under the system's temp folder, removed again by `remove`. */
export async function makeTempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "scr-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
