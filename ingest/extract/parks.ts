import { toSimplified } from '../../core/chinese-script.ts';
import type { KnownPark } from '../gazetteer/gazetteer.ts';
import type { PlaceMention } from './places.ts';
import type { Sentence } from './sentences.ts';

/** A park named in a sentence: a place's name, a few words, and a park's ending (于都县工业园区, 瑞金氟化学工业园, 赣州高新区). */
export interface ParkMention {
  start: number;
  end: number;
  name: string;
  /** The name with its place written short (于都工业园区 for 于都县工业园区), so two spellings are one park. */
  key: string;
  region: string;
  known?: KnownPark;
}

const PARK_ENDING = /^[\p{Script=Han}]{0,6}?(经济技术开发区|高新技术产业开发区|经济开发区|工业园区|产业园区|产业开发区|高新园区|高新区|经开区|开发区|工业园|产业园)/u;
const SUFFIX = /(特别行政区|自治区|自治州|自治县|地区|省|市|县|区)$/;

/** The form two spellings of a park share: Simplified, its place written short. */
export function parkKey(name: string, placeName?: string): string {
  const simplified = toSimplified(name);
  if (!placeName) return simplified;
  return simplified.replace(placeName, placeName.replace(SUFFIX, ''));
}

/** Parks named right after a place (a park's name starts with its place), matched to known parks by name or alias. */
export function findParks(sentence: Sentence, places: PlaceMention[], known: KnownPark[]): ParkMention[] {
  const found: ParkMention[] = [];
  for (const place of places) {
    const m = PARK_ENDING.exec(sentence.simplified.slice(place.end));
    if (!m) continue;
    const end = place.end + m[0].length;
    const simplified = sentence.simplified.slice(place.start, end);
    const key = parkKey(simplified, place.mention);
    const match = known.find((park) => [park.name, ...park.aliases].some((form) => parkKey(form, place.mention) === key || toSimplified(form) === simplified));
    found.push({
      start: place.start,
      end,
      name: sentence.text.slice(place.start, end),
      key,
      region: match?.region ?? place.region.code,
      ...(match ? { known: match } : {}),
    });
  }
  return found;
}
