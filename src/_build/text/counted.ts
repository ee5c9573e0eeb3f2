/**
 * A count with its noun, singular or plural as English needs: "1 review", "2 reviews". The
 * checks' messages, the national console and its pages say how many of things all the time, and "1 reviews" reads as a bug.
 */
export function counted(count: number | bigint, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 || count === 1n ? one : many}`;
}
