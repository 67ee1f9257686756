/**
 * How a place is named in the derived presence rows (core/presence.ts): a region by its
 * code, a park as `park:<id>`, the whole country as `*`.
 */
export const EVERYWHERE = '*';

export const parkPlace = (parkId: string) => `park:${parkId}`;
