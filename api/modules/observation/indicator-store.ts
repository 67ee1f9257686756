import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { loaderByKey } from '../../loaders/loader-by-key.ts';

const findIndicatorsByName = cypher('observation/find-indicators-by-name');

export interface IndicatorRecord {
  name: string;
  description: string;
  descriptionZh: string;
  unit: string;
}

export const indicatorLoader = (db: Database) =>
  loaderByKey<IndicatorRecord>(db, findIndicatorsByName, { param: 'names', column: 'indicator', keyField: 'name' });
