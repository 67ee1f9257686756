import { enumValues } from '../../../core/enum-values.ts';

/**
 * Which firms chainGaps offers and which it ranks up (cypher/chain-gaps/chain-gaps.cypher takes both
 * as parameters). A firm whose registration status is one of these (注销, 吊销, 撤销) is never a
 * candidate: it no longer trades.
 */
export const EXCLUDED_STATUSES: string[] = [enumValues.RegistryStatus.DEREGISTERED];

/**
 * Roster tags (as written, matched as parts of a tag: 专精特新中小企业, 专精特新"小巨人"企业,
 * 国家高新技术企业, 上市 or A股上市) that rank a candidate above its equals in distance: the
 * distinctions investment-promotion teams look for.
 */
export const RANKING_TAGS: string[] = ['专精特新', '小巨人', '高新技术企业', '上市'];
