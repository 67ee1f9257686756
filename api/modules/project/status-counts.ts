import type { ProjectRecord } from './project-store.ts';

/** Projects counted by status, in order of first appearance; a null status (not stated) is its own group. */
export function countByStatus(projects: { status: string | null }[]): { status: ProjectRecord['status']; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const { status } of projects) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, count]) => ({ status: status as ProjectRecord['status'], count }));
}
