import { normaliseName } from '../extract/firms.ts';
import { parkKey } from '../extract/parks.ts';
import type { Proposal } from '../proposal.ts';
import type { KeyFact, ScoredKind } from './answer-key.ts';

/** Which scored kind a proposal is judged as; new-indicator proposals are not (the key only holds the closed list). */
export function scoredKind(proposal: Proposal): ScoredKind | null {
  switch (proposal.kind) {
    case 'place':
    case 'park':
      return 'places';
    case 'firm':
      return 'firms';
    case 'project':
      return 'projects';
    case 'focus':
      return 'roles';
    case 'figure':
      return 'figures';
    default:
      return null;
  }
}

/** A park's names in the form parkKey gives both spellings (于都县工业园区 and 于都工业园区 alike). */
function sameParkName(proposed: string, names: string[]): boolean {
  const strip = (name: string) => parkKey(name).replace(/(县|市|区)(?=.{2,}(园|区)$)/, '');
  return names.some((name) => strip(name) === strip(proposed));
}

function samePlace(proposal: { region?: string; park?: string }, key: KeyFact): boolean {
  if (key.park) return proposal.park !== undefined && sameParkName(proposal.park, key.names);
  return proposal.region === key.region;
}

/**
 * Whether a project the key places (in a region or a park) is proposed there: scored apart from
 * the match, which names, amounts and dates decide, since a project placed wrong is still found.
 */
export function placedRight(proposal: { region?: string; park?: string }, key: KeyFact): boolean {
  if (key.park) return proposal.park !== undefined && sameParkName(proposal.park, key.parkNames ?? []);
  return proposal.region === key.region;
}

/**
 * Whether a proposal states a key fact:
 * - place: the same region code; a park: its name equal to the park's name or an alias (Simplified, place written short or full);
 * - firm: the normalised name (Simplified, no spaces or brackets) equal to the firm's name or an alias;
 * - project: its name equal to the key's (or one containing the other), or its investor equal to the key's firm;
 *   and, where the key has them, the same amount in yuan and the same signing date;
 * - role: the same place (region code, or park by name) and chain, and the same role where the key gives one;
 * - figure: the same indicator and value, and the same period where the key gives one (the place is not compared).
 */
export function matches(proposal: Proposal, key: KeyFact): boolean {
  switch (proposal.kind) {
    case 'place':
      return key.kind === 'places' && !key.park && proposal.fields.region === key.region;
    case 'park':
      return key.kind === 'places' && Boolean(key.park) && sameParkName(proposal.fields.name, key.names);
    case 'firm':
      return key.kind === 'firms' && key.names.includes(normaliseName(proposal.fields.name));
    case 'project': {
      if (key.kind !== 'projects') return false;
      const name = normaliseName(proposal.fields.name);
      const sameName = key.names.some((n) => n === name || (n.length >= 4 && name.length >= 4 && (n.includes(name) || name.includes(n))));
      const sameFirm = proposal.fields.firm !== undefined && (key.firmNames ?? []).includes(normaliseName(proposal.fields.firm));
      if (!sameName && !sameFirm) return false;
      if (key.investmentCny !== undefined && proposal.fields.investmentCny !== key.investmentCny) return false;
      return key.signedOn === undefined || proposal.fields.signedOn === key.signedOn;
    }
    case 'focus':
      return key.kind === 'roles' && samePlace(proposal.fields, key) && proposal.fields.chain === key.chain && (key.role === undefined || proposal.fields.role === key.role);
    case 'figure':
      return (
        key.kind === 'figures' &&
        proposal.fields.indicator === key.indicator &&
        Math.abs(proposal.fields.value - key.value!) < 1e-9 &&
        (key.period === undefined || proposal.fields.period === key.period)
      );
    default:
      return false;
  }
}
