/** A size in bytes as people read it on a link: "505 KB", "1.2 MB" (1 KB = 1,024 bytes, as browsers report). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kilobytes = Math.max(1, Math.round(bytes / 1024));
  if (kilobytes < 1024) return `${kilobytes} KB`;
  // Round once, then choose the precision, so 9.96 MB reads "10 MB", not "10.0 MB".
  const megabytes = Math.round((bytes / 1024 / 1024) * 10) / 10;
  return megabytes < 10 ? `${megabytes.toFixed(1)} MB` : `${Math.round(megabytes)} MB`;
}
