import { ApiError } from '../api/client';
import { apiStatus } from '../state/api-status.svelte';
import { viewer } from '../state/viewer.svelte';
import { t } from './editor-gate-messages';

/**
 * What an editor's request that failed says to the editor. A file the importer refuses, or an
 * article that cannot be read or a decision on its proposals refused, comes with the server's own
 * sentence in the page's language (IMPORT_REFUSED, ARTICLE_REFUSED, REVIEW_REFUSED); the server's other refusals
 * are in English for API clients, so the page says them in its own words.
 */
export function editorErrorText(error: Error): string {
  const code = error instanceof ApiError ? error.code : undefined;
  switch (code) {
    case 'IMPORT_REFUSED':
    case 'ARTICLE_REFUSED':
    case 'REVIEW_REFUSED':
      return error.message;
    case 'UNAUTHENTICATED':
      return t('error.unauthenticated');
    case 'EDITORS_DISABLED':
      return t('error.disabled');
    case 'REQUEST_ENTITY_TOO_LARGE':
      return t('error.tooLarge');
    case 'BAD_UPLOAD':
      return t('error.badFile');
    case 'UPLOAD_INTERRUPTED':
      return t('error.interrupted');
    case 'NOT_FOUND':
      return t('error.uploadGone');
    default:
      return t('error.other', { message: error.message });
  }
}

/**
 * An editor's request that failed, told everywhere it matters: the page's API status, the viewer
 * (a token the server refuses signs the editor out), and the words for the editor, returned.
 */
export function editorFailure(error: unknown): string {
  apiStatus.report(error);
  viewer.refused(error);
  return editorErrorText(error as Error);
}
