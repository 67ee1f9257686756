import type { Context } from '../../context.ts';
import { pageSize } from '../../graphql/paging.ts';
import { loadAll } from '../../loaders/load-all.ts';
import type { PlaceContents, PlaceFacts } from './place-contents.ts';

type PageArgs = { first?: number | null };

/**
 * The fields of the `Locality` interface (Region and Park) read from what lies in a place and
 * from what it says: its firms and projects (at most `max` listed, `first` checked before
 * anything is read), their counts, its focuses and its figures. `contentsOf` and `factsOf` load
 * them through the place's per-request loaders: the figures of a province need not wait for its
 * 60,000 firms to be read.
 */
export function localityFields<P>(
  contentsOf: (place: P, context: Context) => Promise<PlaceContents | null>,
  factsOf: (place: P, context: Context) => Promise<PlaceFacts | null>,
  max: number,
) {
  const listSize = (first: number | null | undefined) => pageSize(first, 50, max);
  return {
    firms: async (place: P, { first }: PageArgs, context: Context) => {
      const size = listSize(first);
      return loadAll(context.firms, (await contentsOf(place, context))?.firmIds.slice(0, size));
    },
    firmCount: async (place: P, _: unknown, context: Context) => (await contentsOf(place, context))?.firmCount ?? 0,
    projects: async (place: P, { first }: PageArgs, context: Context) => {
      const size = listSize(first);
      return loadAll(context.projects, (await contentsOf(place, context))?.projectIds.slice(0, size));
    },
    projectCount: async (place: P, _: unknown, context: Context) => (await contentsOf(place, context))?.projectCount ?? 0,
    focuses: async (place: P, _: unknown, context: Context) => (await factsOf(place, context))?.focuses ?? [],
    observations: async (place: P, _: unknown, context: Context) => (await factsOf(place, context))?.observations ?? [],
  };
}
