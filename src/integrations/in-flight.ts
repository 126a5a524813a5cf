/**
 * `work` on every item, at most `limit` at a time, the results in the items' order. A build
 * step over every page of a large site would otherwise open every page's files at once: at
 * 5,000 articles (30,000 pages) that is more files than the system lets a process hold open.
 */
export async function mapInFlight<Item, Result>(items: readonly Item[], limit: number, work: (item: Item) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = new Array<Result>(items.length);
  let next = 0;
  const takeNext = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, takeNext));
  return results;
}
