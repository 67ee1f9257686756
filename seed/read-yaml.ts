import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { SeedError } from './seed-error.ts';

/** A name for the entry at `issuePath`, e.g. `firms[3] (jingui-silver)`, so a reviewer finds it. */
function entryName(data: unknown, issuePath: PropertyKey[]): { entry: string; field: string } {
  const [list, index, ...rest] = issuePath;
  if (typeof list === 'string' && typeof index === 'number') {
    const item = (data as Record<string, unknown[]>)[list]?.[index] as { id?: string } | undefined;
    return { entry: `${list}[${index}]${item?.id ? ` (${item.id})` : ''}`, field: rest.join('.') || '(the entry)' };
  }
  return { entry: 'top level', field: issuePath.join('.') || '(the file)' };
}

/** Reads a YAML seed file and checks it against its schema; errors name the file, entry and field. */
export function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const shown = path.relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedError(shown, 'the file', '(YAML)', `does not parse: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { entry, field } = entryName(data, issue.path);
    throw new SeedError(shown, entry, field, issue.message);
  }
  return parsed.data;
}
