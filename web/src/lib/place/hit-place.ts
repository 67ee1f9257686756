import type { SearchSuggestionsQuery } from '../../generated/graphql';
import type { Place } from './place-param';

type HitNode = SearchSuggestionsQuery['search'][number]['node'];

/** The place a search hit names, or null for an entity that is no place (a firm, a chain). */
export function hitPlace(node: HitNode): Place | null {
  if (node.__typename === 'Region') return { regionCode: node.code };
  if (node.__typename === 'Park') return { parkId: node.key };
  return null;
}
