import { describe, expect, it } from 'vitest';
import { enumValues } from '../../../core/enum-values.ts';
import { parseFirmStatus, parseProjectStatus } from '../../../import/check/statuses.ts';

describe('parseFirmStatus', () => {
  it.each([
    ['存续', 'active'],
    ['存续（在营、开业、在册）', 'active'],
    ['在业', 'active'],
    ['开业', 'active'],
    ['在营', 'active'],
    ['在册', 'active'],
    ['迁入', 'active'],
    ['迁出', 'moved_out'],
    ['清算', 'liquidating'],
    ['停业', 'suspended'],
    ['注销', 'deregistered'],
    ['吊销', 'deregistered'],
    ['撤销', 'deregistered'],
    ['吊销未注销', 'deregistered'],
    ['吊销，未注销', 'deregistered'],
    ['Active', 'active'],
  ])('reads %s as %s', (text, status) => {
    expect(parseFirmStatus(text)).toBe(status);
  });

  it('leaves an unknown wording unread', () => {
    expect(parseFirmStatus('经营异常')).toBeNull();
  });
});

describe('parseProjectStatus', () => {
  const { NEGOTIATING, SIGNED, UNDER_CONSTRUCTION, IN_PRODUCTION, COMPLETED } = enumValues.ProjectStatus;
  it.each([
    ['在谈', NEGOTIATING],
    ['已签约', SIGNED],
    ['签约', SIGNED],
    ['签约未开工', SIGNED],
    ['在建', UNDER_CONSTRUCTION],
    ['开工', UNDER_CONSTRUCTION],
    ['投产', IN_PRODUCTION],
    ['竣工', COMPLETED],
    ['竣工投产', COMPLETED],
  ])('reads %s as %s', (text, status) => {
    expect(parseProjectStatus(text)).toBe(status);
  });

  it('leaves an unknown wording unread', () => {
    expect(parseProjectStatus('推进中')).toBeNull();
  });
});
