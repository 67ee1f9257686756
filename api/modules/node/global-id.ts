import { InputError } from '../../../core/input-error.ts';

/** Global ids are readable on purpose (`Region:360824`): they appear in URLs and on the canvas. */
export function globalId(type: string, key: string): string {
  return `${type}:${key}`;
}

export function parseGlobalId(id: string): { type: string; key: string } {
  const match = /^([A-Z][A-Za-z]*):(.+)$/.exec(id);
  if (!match) {
    throw new InputError('BAD_ID', `"${id}" is not a global id: ids read Type:key, such as Region:360824.`);
  }
  return { type: match[1]!, key: match[2]! };
}

/** The key in an argument that may be a bare key (`lithium-battery`) or a global id (`Chain:lithium-battery`). */
export function keyOf(type: string, id: string): string {
  const match = /^([A-Z][A-Za-z]*):(.+)$/.exec(id);
  if (!match) return id;
  if (match[1] !== type) {
    throw new InputError('BAD_ID', `"${id}" is the id of a ${match[1]}, not of a ${type}.`);
  }
  return match[2]!;
}
