import { createHash } from "node:crypto";

/**
 * The manifest's name inside the archive's top folder. Its format is sha256sum's, so `sha256sum -c`
 * can check it too.
 */
export const MANIFEST_NAME = "SHA256SUMS";

export function sha256(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** One line per file, sorted by path: "<sha256>  <path>". */
export function writeManifest(files: ReadonlyMap<string, Uint8Array>): string {
  return [...files.keys()]
    .filter((name) => name !== MANIFEST_NAME)
    .sort()
    .map((name) => `${sha256(files.get(name) as Uint8Array)}  ${name}\n`)
    .join("");
}

/** The manifest's entries: path to checksum. Lines that are not entries are reported, not ignored. */
export function readManifest(text: string): { entries: Map<string, string>; malformed: string[] } {
  const entries = new Map<string, string>();
  const malformed: string[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (match) entries.set(match[2] as string, match[1] as string);
    else malformed.push(line);
  }
  return { entries, malformed };
}

export interface Verification {
  ok: boolean;
  missing: string[];
  changed: string[];
  unexpected: string[];
  malformed: string[];
  checked: number;
}

/** Checks files against a manifest: every listed file present and unchanged, and nothing extra. */
export function verifyFiles(files: ReadonlyMap<string, Uint8Array>): Verification {
  const manifest = files.get(MANIFEST_NAME);
  if (!manifest) return { ok: false, missing: [MANIFEST_NAME], changed: [], unexpected: [], malformed: [], checked: 0 };
  const { entries, malformed } = readManifest(new TextDecoder().decode(manifest));
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [name, checksum] of entries) {
    const content = files.get(name);
    if (!content) missing.push(name);
    else if (sha256(content) !== checksum) changed.push(name);
  }
  const unexpected = [...files.keys()].filter((name) => name !== MANIFEST_NAME && !entries.has(name)).sort();
  return {
    ok: !missing.length && !changed.length && !unexpected.length && !malformed.length,
    missing,
    changed,
    unexpected,
    malformed,
    checked: entries.size,
  };
}
