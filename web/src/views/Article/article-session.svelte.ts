import type { ArticleInput, ArticleProposalsQuery } from '../../generated/graphql';
import { request, uploadFile } from '../../lib/api/client';
import { editorFailure } from '../../lib/components/editor-error';
import { i18n } from '../../lib/i18n/i18n.svelte';
import { apiStatus } from '../../lib/state/api-status.svelte';
import { route } from '../../lib/state/route.svelte';
import { articleReview } from './article-review.svelte';
import { groupBySentence } from './by-sentence';
import { t } from './messages';
import { ArticleProposals, IngestArticle } from './operations';

export type Read = ArticleProposalsQuery['articleProposals'];
export type ArticleProposal = Read['proposals'][number];

/** What the server takes in one request, all of it (api/http/read-request-body.ts); the text in UTF-8 and the rest of the request stay under it. */
const MAX_TEXT_BYTES = 900_000;

/** The files the server reads as articles (ingest/read/file-format.ts). */
const FILES = /\.(txt|html?|docx)$/i;

/**
 * An article pasted in and what the server read from it. Kept while the editor looks at other
 * views, like an import's session.
 */
export class ArticleSession {
  text = $state('');
  publishedOn = $state('');
  title = $state('');
  busy = $state(false);
  error = $state<string | null>(null);
  read = $state.raw<Read | null>(null);
  /** While the article read is being kept for review. */
  keeping = $state(false);
  /** What the last read sent: keeping the article sends it again, so what is kept is what was read. */
  #asked: ArticleInput | null = null;

  /** The sentences that proposed something, in the article's order. */
  readonly bySentence = $derived(this.read ? groupBySentence(this.read.proposals, this.read.sentences) : []);

  /** Reads the pasted text. */
  async propose() {
    this.error = null;
    this.read = null;
    // Refused here, at once, rather than after sending megabytes the server refuses anyway.
    const bytes = new TextEncoder().encode(this.text).length;
    if (bytes > MAX_TEXT_BYTES) return void (this.error = t('error.tooLarge', { size: (bytes / 1_000_000).toFixed(1), max: (MAX_TEXT_BYTES / 1_000_000).toFixed(1) }));
    await this.#ask({ text: this.text });
  }

  /** Uploads a .txt, .html or .docx file and reads it: the server knows its encoding and format. */
  async load(file: File) {
    this.error = null;
    this.read = null;
    if (!FILES.test(file.name)) return void (this.error = t('error.extension'));
    this.busy = true;
    try {
      const uploaded = await uploadFile(file);
      await this.#ask({ upload: uploaded.upload });
    } catch (error) {
      this.#failed(error);
    } finally {
      this.busy = false;
    }
  }

  /** Keeps the article read for review, then opens it in review mode (`#/article?id=<key>`), which a link can reopen. */
  async keep() {
    if (!this.#asked) return;
    this.error = null;
    this.keeping = true;
    try {
      const kept = (await request(IngestArticle, { input: this.#asked, language: i18n.locale === 'en' ? 'EN' : 'ZH' })).ingestArticle;
      apiStatus.ok();
      articleReview.show(kept);
      route.go('article', { id: kept.source.key });
    } catch (error) {
      this.#failed(error);
    } finally {
      this.keeping = false;
    }
  }

  async #ask(article: Pick<ArticleInput, 'text' | 'upload'>) {
    this.busy = true;
    try {
      const input = { ...article, publishedOn: this.publishedOn || null, title: this.title.trim() || null };
      const data = await request(ArticleProposals, { input, language: i18n.locale === 'en' ? 'EN' : 'ZH' });
      apiStatus.ok();
      this.read = data.articleProposals;
      this.#asked = input;
    } catch (error) {
      this.#failed(error);
    } finally {
      this.busy = false;
    }
  }

  #failed(error: unknown) {
    this.error = editorFailure(error);
  }

  clear() {
    this.text = '';
    this.publishedOn = '';
    this.title = '';
    this.read = null;
    this.error = null;
    this.#asked = null;
  }
}

export const articleSession = new ArticleSession();
