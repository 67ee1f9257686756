import { createHash } from 'node:crypto';
import { nameKey } from '../check/duplicates.ts';

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 12);

/**
 * A new firm's id: its credit code when it has one (the firm's identity), else its name within
 * its region. An existing firm keeps its id (import/plan/plan-firms.ts finds it).
 */
export function newFirmId(creditCode: string | null, regionCode: string, name: string): string {
  return creditCode ? `firm-${creditCode}` : `firm-${regionCode}-${hash(nameKey(name))}`;
}

/** A project's id: the ledger's own number (项目编号) when it has one, else its name within its place. */
export function projectId(ledgerId: string | null, place: { park: string | null; region: string | null }, name: string): string {
  if (ledgerId) return `project-no-${nameKey(ledgerId)}`;
  return `project-${place.park ? `park-${place.park}` : place.region}-${hash(nameKey(name))}`;
}

/** A new park's id: its name within its region (an article names a park the graph lacks). */
export function newParkId(regionCode: string, name: string): string {
  return `park-${regionCode}-${hash(nameKey(name))}`;
}
