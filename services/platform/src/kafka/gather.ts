/**
 * Calls made in the same turn of the event loop are handled together, by one call of `handle`
 * with all their arguments in arrival order; each caller's promise settles with that call.
 * kafkajs hands the batches of one fetch to its workers synchronously, one after the other, so
 * gathering per turn is gathering per fetch.
 */
export function gatherPerTurn<T>(
  handle: (entries: T[]) => Promise<void>,
): (entry: T) => Promise<void> {
  let open: { entries: T[]; done: Promise<void> } | undefined;
  return (entry) => {
    if (!open) {
      const gathering: { entries: T[]; done: Promise<void> } = {
        entries: [],
        done: Promise.resolve(),
      };
      gathering.done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        if (open === gathering) open = undefined;
        return handle(gathering.entries);
      });
      open = gathering;
    }
    open.entries.push(entry);
    return open.done;
  };
}
