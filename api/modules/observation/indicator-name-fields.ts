import type { Context } from '../../context.ts';

/** The `indicatorName` and `indicatorNameEn` fields of anything that carries an `indicator`. */
export const indicatorNameFields = {
  indicatorName: async (parent: { indicator: string }, _: unknown, { indicators }: Context) =>
    (await indicators.load(parent.indicator))?.descriptionZh ?? parent.indicator,
  indicatorNameEn: async (parent: { indicator: string }, _: unknown, { indicators }: Context) =>
    (await indicators.load(parent.indicator))?.description ?? parent.indicator,
};
