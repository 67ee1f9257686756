import { neo4jDate } from '../../db/to-neo4j.ts';
import { DATE_PROPS, type Props } from '../plan/entity-plan.ts';

/** Properties as Neo4j stores them: the date properties as dates, the rest as they are. */
export function graphProps(props: Props): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [key, DATE_PROPS.has(key) && typeof value === 'string' ? neo4jDate(value) : value]),
  );
}
