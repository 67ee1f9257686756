import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { deriveAnalytics } from '../../derive/derive-analytics.ts';
import { ArticleReviewError } from './review-error.ts';

const statements = {
  find: cypher('ingest/find-article-changes'),
  later: cypher('ingest/find-later-changes'),
  created: cypher('import/undo-created'),
  changed: cypher('import/undo-changed'),
  focuses: cypher('ingest/undo-focuses'),
  delete: cypher('ingest/delete-article'),
};

interface Change {
  label: 'Firm' | 'Park' | 'Project' | 'Observation' | 'Focus';
  key: string;
  op: 'created' | 'changed' | 'linked';
  previous: string | null;
  at: string;
}

export interface UndoArticleResult {
  id: string;
  title: string;
  deleted: number;
  restored: number;
  proposals: number;
}

/**
 * What to give back of each fact, from the article's change records in the order they were made:
 * a fact any of its proposals created is deleted; one they only added the article to gets the
 * sources and evidence it had before the first of them.
 */
function firstChanges(changes: Change[]): Change[] {
  const byFact = new Map<string, Change>();
  for (const change of changes) {
    if (change.op === 'linked') continue;
    const key = `${change.label}\u0000${change.key}`;
    if (!byFact.has(key) || change.op === 'created') byFact.set(key, change);
  }
  return [...byFact.values()];
}

/**
 * Undoes a kept article as a whole, in one write transaction: the facts its accepted proposals
 * created are deleted, those it was added to as a source get their earlier sources back, the
 * article goes with its proposals and statements, and the analytics are derived again. Refused
 * while a later import or article changed what it changed.
 */
export async function undoArticle(db: Database, id: string): Promise<UndoArticleResult> {
  const [found] = await db.read<{ title: string; proposals: number; changes: Change[] }>(statements.find, { id });
  if (!found) throw new ArticleReviewError('unknownArticle', { id });
  const later = await db.read<{ id: string; title: string; keys: { label: string; key: string }[] }>(statements.later, { id });
  if (later.length > 0) {
    throw new ArticleReviewError('laterChanges', { later: later.map((l) => `${l.title} (${l.id}): ${l.keys.map((k) => `${k.label} ${k.key}`).join(', ')}`).join('; ') });
  }
  const changes = firstChanges(found.changes);
  const nodes = changes.filter((c) => c.label !== 'Focus');
  const focuses = changes.filter((c) => c.label === 'Focus').map((c) => ({ key: c.key, previous: c.previous && JSON.parse(c.previous) }));
  return db.writeTransaction('ingest/undo-article', async (tx) => {
    const created = nodes.filter((c) => c.op === 'created').map(({ label, key }) => ({ label, key }));
    const changed = nodes.filter((c) => c.op === 'changed').map(({ label, key, previous }) => ({ label, key, previous: JSON.parse(previous ?? '{}'), relTypes: [], previousRels: [] }));
    const [deleted] = created.length > 0 ? await tx.run<{ deleted: number }>(statements.created, { created }) : [];
    const [restored] = changed.length > 0 ? await tx.run<{ restored: number }>(statements.changed, { changed }) : [];
    const [focused] = focuses.length > 0 ? await tx.run<{ deleted: number; restored: number }>(statements.focuses, { focuses }) : [];
    await tx.run(statements.delete, { id });
    await deriveAnalytics({ read: tx.run, write: tx.run });
    return {
      id,
      title: found.title,
      deleted: (deleted?.deleted ?? 0) + (focused?.deleted ?? 0),
      restored: (restored?.restored ?? 0) + (focused?.restored ?? 0),
      proposals: found.proposals,
    };
  });
}
