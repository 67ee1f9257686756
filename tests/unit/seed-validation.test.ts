import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegions } from '../../seed/regions/read-regions.ts';

function csv(lines: string[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'regions-')), 'regions.csv');
  writeFileSync(file, ['code,name,level,parent,sourceName', ...lines].join('\n'));
  return file;
}

describe('readRegions', () => {
  it('names the file, the line and the field of a bad entry', () => {
    const file = csv(['36,江西省,province,,江西省', '3608,吉安市,town,36,吉安市']);
    expect(() => readRegions(file)).toThrow(`${file}: line 3 (3608): field "level"`);
  });

  it('refuses a county without a parent', () => {
    const file = csv(['360824,新干县,county,,新干县']);
    expect(() => readRegions(file)).toThrow(/line 2 \(360824\): field "parent"/);
  });
});
