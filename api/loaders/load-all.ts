/** Loads many records by key, dropping any that no longer exist; a failed load fails the field. */
export async function loadAll<T>(loader: { loadMany(keys: readonly string[]): Promise<(T | Error | null)[]> }, keys: readonly string[] | null | undefined): Promise<T[]> {
  const found = await loader.loadMany(keys ?? []);
  const failure = found.find((item) => item instanceof Error);
  if (failure) throw failure;
  return found.filter((item): item is T => item !== null);
}
