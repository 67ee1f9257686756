import type { Place } from '../../lib/place/place-param';

/**
 * The flagship story of each source article: the place it is about and the chain it tells of,
 * opened on the chain map. Curated, since which chain is an article's story is a reading of it;
 * the names and titles shown come from the API, and a story whose place, chain or article the
 * data no longer has is not shown.
 */
export interface Story {
  place: Place;
  /** A chain id of seed/chains/*.yaml. */
  chain: string;
  /** The id of the source article that tells it (seed/articles/*.yaml). */
  source: string;
}

export const STORIES: readonly Story[] = [
  // 新干: salt chemistry, one of its four pillar industries.
  { place: { regionCode: '360824' }, chain: 'salt-chemical', source: 'xingan-industry-2024q1' },
  // The same article: 峡江's leading industry, biomedicine.
  { place: { regionCode: '360823' }, chain: 'biomedicine', source: 'xingan-industry-2024q1' },
  // 郴州: the signed lithium projects and the non-ferrous cluster.
  { place: { regionCode: '4310' }, chain: 'lithium-battery', source: 'chenzhou-industry-2022' },
  { place: { regionCode: '4310' }, chain: 'nonferrous-metals', source: 'chenzhou-industry-2022' },
  // 安义高新园区's aluminium-profile cluster.
  { place: { parkId: 'anyi-hi-tech-park' }, chain: 'aluminium-profiles', source: 'anyi-hi-tech-park-2022' },
  // 萍乡's electrical porcelain.
  { place: { regionCode: '3603' }, chain: 'electrical-porcelain', source: 'pingxiang-industrial-transformation' },
  // 吉安's leading industry, electronic information.
  { place: { regionCode: '3608' }, chain: 'electronic-information', source: 'jian-industry-2019' },
];
