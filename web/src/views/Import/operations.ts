import { graphql } from '../../generated';

/**
 * An uploaded file through the importer: a preview with `dryRun: true`, the import itself with
 * false. Sentences come in both languages (aliases), so switching the language needs no new run.
 */
export const ImportFile = graphql(`
  mutation ImportFile($input: ImportFileInput!, $language: Language) {
    importFile(input: $input, language: $language) {
      id
      written
      source { key }
      file { name bytes format encoding encodingSource sheet sheets }
      kind
      kindDetected
      header
      rowsAbove
      columns { field letter header by }
      unreadColumns { letter header }
      fields
      counts { rows accepted refused duplicates warned deregistered new changed unchanged linked }
      problems {
        row
        column { letter header }
        value
        severity
        code
        zh: message(language: ZH)
        en: message(language: EN)
      }
      problemCount
      roster { placeName change }
      placements {
        zh: edition(language: ZH)
        en: edition(language: EN)
        rows
        placed
        proposed
        unplaced
        known
        threshold
        unplacedRows { row name zh: reason(language: ZH) en: reason(language: EN) }
        proposalRows { row name segments { segment { id name nameEn chain { key name nameEn } } method matched confidence accepted } }
      }
    }
  }
`);

/** The imports the graph holds, newest first, each with what it did. */
export const PastImports = graphql(`
  query PastImports {
    imports {
      key
      fileName
      fileKind
      importedAt
      importedBy
      counts { rows new changed unchanged refused }
    }
  }
`);

/** Undoes one import as a whole. */
export const UndoImport = graphql(`
  mutation UndoImport($id: ID!, $language: Language) {
    undoImport(id: $id, language: $language) { id fileName deleted restored placements proposals }
  }
`);

/** The projects still in negotiation: confidential, for editors only. */
export const ConfidentialProjects = graphql(`
  query ConfidentialProjects {
    confidentialProjects(first: 200) {
      totalCount
      items {
        key
        name
        investor
        investmentCny
        place { ... on Region { name } ... on Park { name } }
        segmentName
        evidence
      }
    }
  }
`);
