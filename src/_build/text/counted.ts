/**
 * A count with its noun, singular or plural as English needs: "1 review", "2 reviews". The
 * national console and pages say how many of things all the time, and "1 reviews" reads as a bug.
 */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
