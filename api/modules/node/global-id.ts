import { InputError } from '../../graphql/input-error.ts';

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
