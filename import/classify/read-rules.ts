import { rulesFromRows, type ClassificationRules, type SegmentRuleRow } from '../../core/classification-rules.ts';
import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';

const classificationRules = cypher('classify/classification-rules');

/** The classifier's rules as the graph holds them (written by the seed): read once per import. */
export async function readClassificationRules(db: Database): Promise<ClassificationRules> {
  return rulesFromRows(await db.read<SegmentRuleRow>(classificationRules));
}
