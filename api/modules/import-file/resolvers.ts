import { outsideRequest } from '../../../db/read-budget.ts';
import { ACCEPT_THRESHOLD } from '../../../import/classify/classify.ts';
import { fieldSynonyms } from '../../../import/columns/fields.ts';
import { describeProblem } from '../../../import/messages.ts';
import { editionText, ROWS_LISTED, unplacedReason } from '../../../import/print-placements.ts';
import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { importFile, langOf } from './import-file.ts';

const MAX_VALUE_LENGTH = 80;

export const importFileResolvers: Resolvers = {
  Mutation: {
    importFile: (_, { input, language }, { db, uploadsDir, viewer }) => {
      requireEditor(viewer);
      return outsideRequest(() => importFile(db, uploadsDir, viewer, input, langOf(language)));
    },
  },
  ImportOutcome: {
    written: (outcome) => outcome.written !== null,
    source: (outcome, _, { sources }) => (outcome.written ? sources.load(outcome.id) : null),
    file: ({ preview: { file, format } }) => ({
      name: file.name,
      bytes: file.bytes,
      sha256: file.sha256,
      format: format.kind,
      encoding: format.kind === 'csv' ? format.encoding : null,
      encodingSource: format.kind === 'csv' ? format.encodingSource : null,
      sheet: format.kind === 'xlsx' ? format.sheet : null,
      sheets: format.kind === 'xlsx' ? format.sheets : null,
    }),
    kindDetected: (outcome) => outcome.preview.mapping.kindSource === 'detected',
    header: (outcome) => outcome.preview.header.cells,
    rowsAbove: (outcome) => outcome.preview.rowsAbove,
    columns: (outcome) =>
      [...outcome.preview.mapping.columns.values()]
        .sort((a, b) => a.index - b.index)
        .map(({ field, letter, header, by }) => ({ field, letter, header, by })),
    unreadColumns: (outcome) => outcome.preview.mapping.unread.map(({ letter, header }) => ({ letter, header })),
    fields: (outcome) => Object.keys(fieldSynonyms[outcome.preview.mapping.kind]),
    counts: ({ preview: { counts }, counts: against }) => ({
      rows: counts.read,
      accepted: counts.ok,
      refused: against.refused,
      duplicates: counts.duplicates,
      warned: counts.warned,
      deregistered: counts.deregistered,
      new: against.new,
      changed: against.changed,
      unchanged: against.unchanged,
      linked: against.linked,
    }),
    problems: (outcome) => outcome.problems,
    problemCount: (outcome) => outcome.problemsTotal,
    roster: (outcome) => outcome.roster && { placeName: outcome.roster.placeName, change: outcome.roster.op },
  },
  ImportProblem: {
    row: (problem) => problem.rowNumber,
    column: (problem) => problem.column && { letter: problem.column.letter, header: problem.column.header },
    value: (problem) => problem.value && problem.value.slice(0, MAX_VALUE_LENGTH),
    message: (problem, { language }) => describeProblem(problem, langOf(language)),
  },
  ImportPlacements: {
    edition: (placements, { language }) => placements.edition && editionText(placements.edition, langOf(language)),
    rows: (placements) => placements.totals.rows,
    placed: (placements) => placements.plan.placed,
    proposed: (placements) => placements.plan.proposed,
    unplaced: (placements) => placements.totals.unplaced,
    known: (placements) => placements.plan.known,
    threshold: () => ACCEPT_THRESHOLD,
    unplacedRows: (placements) =>
      placements.rows
        .filter((p) => p.unplaced)
        .slice(0, ROWS_LISTED)
        .map((placement) => ({ placement, kind: placements.plan.kind })),
    proposalRows: (placements) => placements.rows.filter((p) => p.proposals.length > 0).slice(0, ROWS_LISTED),
  },
  UnplacedRow: {
    row: ({ placement }) => placement.row,
    name: ({ placement }) => placement.name,
    reason: ({ placement, kind }, { language }) => unplacedReason(placement, kind, langOf(language)),
  },
  PlacedRow: {
    segments: (placement) => placement.proposals,
  },
  PlacedSegment: {
    segment: async (proposal, _, { segments }) => (await segments.load(proposal.segment))!,
    accepted: (proposal) => proposal.decision === 'accept',
  },
};
