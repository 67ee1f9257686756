import { enumValues } from '../../core/enum-values.ts';

/** A firm's registration status, as we keep it; a deregistered firm is never a candidate. */
export type FirmStatus = 'active' | 'moved_out' | 'liquidating' | 'suspended' | 'deregistered';
export type ProjectStatus = (typeof enumValues.ProjectStatus)[keyof typeof enumValues.ProjectStatus];

/**
 * Registry wordings (../shared/IMPORT.md §1 value quirks) and English ones. A cell is read
 * up to its first bracket, so 存续（在营、开业、在册） is 存续.
 */
const FIRM_STATUSES: Record<string, FirmStatus> = {
  存续: 'active', 在业: 'active', 开业: 'active', 在营: 'active', 在册: 'active', 迁入: 'active', 正常: 'active',
  active: 'active', 'in business': 'active', 'in operation': 'active',
  迁出: 'moved_out', 'moved out': 'moved_out',
  清算: 'liquidating', liquidation: 'liquidating', liquidating: 'liquidating',
  停业: 'suspended', 歇业: 'suspended', suspended: 'suspended',
  注销: 'deregistered', 吊销: 'deregistered', 撤销: 'deregistered', 吊销未注销: 'deregistered', '吊销,未注销': 'deregistered',
  deregistered: 'deregistered', revoked: 'deregistered', cancelled: 'deregistered', canceled: 'deregistered',
};

const { NEGOTIATING, SIGNED, UNDER_CONSTRUCTION, IN_PRODUCTION, COMPLETED } = enumValues.ProjectStatus;

/** Ledger wordings of a project's stage, matched whole: 签约未开工 is signed, not under construction. */
const PROJECT_STATUSES: Record<string, ProjectStatus> = {
  在谈: NEGOTIATING, 洽谈: NEGOTIATING, 洽谈中: NEGOTIATING, 在洽谈: NEGOTIATING, 意向: NEGOTIATING, negotiating: NEGOTIATING,
  签约: SIGNED, 已签约: SIGNED, 签约未开工: SIGNED, 已签约未开工: SIGNED, signed: SIGNED,
  在建: UNDER_CONSTRUCTION, 开工: UNDER_CONSTRUCTION, 已开工: UNDER_CONSTRUCTION, 新开工: UNDER_CONSTRUCTION, 续建: UNDER_CONSTRUCTION,
  建设中: UNDER_CONSTRUCTION, 'under construction': UNDER_CONSTRUCTION,
  投产: IN_PRODUCTION, 已投产: IN_PRODUCTION, 部分投产: IN_PRODUCTION, 'in production': IN_PRODUCTION,
  竣工: COMPLETED, 已竣工: COMPLETED, 建成: COMPLETED, 竣工投产: COMPLETED, completed: COMPLETED,
};

function key(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function parseFirmStatus(text: string): FirmStatus | null {
  return FIRM_STATUSES[key(text).split('(')[0]!.trim()] ?? null;
}

export function parseProjectStatus(text: string): ProjectStatus | null {
  return PROJECT_STATUSES[key(text)] ?? null;
}

export const knownFirmStatuses = Object.keys(FIRM_STATUSES).filter((word) => /\p{Script=Han}/u.test(word));
export const knownProjectStatuses = Object.keys(PROJECT_STATUSES).filter((word) => /\p{Script=Han}/u.test(word));
