// Crisp pages lists by a number in the path, from 1, with no cursor and no total: the only end
// is an empty page.

/** Every item of every page, fetching the next page only when the previous one is used up. */
export async function* everyPage<Item>(
  fetchPage: (page: number) => Promise<Item[]>,
): AsyncGenerator<Item, void, undefined> {
  for (let page = 1; ; page++) {
    const items = await fetchPage(page);
    if (items.length === 0) return;
    yield* items;
  }
}
