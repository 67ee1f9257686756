import type { ArticleFieldInput, ArticleProposalDecision, KeptArticleFieldsFragment, UndoArticleMutation } from '../../generated/graphql';
import { request } from '../../lib/api/client';
import { editorFailure } from '../../lib/components/editor-error';
import { i18n } from '../../lib/i18n/i18n.svelte';
import { apiStatus } from '../../lib/state/api-status.svelte';
import { Load } from '../../lib/state/load.svelte';
import { groupBySentence } from './by-sentence';
import { DecideArticleProposal, IngestedArticle, UndoArticle } from './operations';

export type KeptArticle = KeptArticleFieldsFragment;
export type ReviewItem = KeptArticle['proposals'][number];
export type Undone = UndoArticleMutation['undoArticle'];

const language = () => (i18n.locale === 'en' ? 'EN' : 'ZH');

/**
 * A kept article under review: its proposals, deciding them one by one, and undoing the whole
 * article. A decision replaces its proposal in place, so the page keeps its place while the
 * editor works down the article.
 */
export class ArticleReview {
  /** The kept article; null when the server has none of this key (undone, or a wrong link). */
  load = new Load<KeptArticle | null>();
  /** The proposal being decided, and the last decision's error by proposal id ('' for the page's). */
  deciding = $state<string | null>(null);
  errors = $state<Record<string, string>>({});
  undoing = $state(false);
  undone = $state.raw<Undone | null>(null);
  /** The Source key of the article shown, asked for or just kept: the page asks again only for another. */
  key = $state<string | null>(null);

  readonly bySentence = $derived(this.load.data ? groupBySentence(this.load.data.proposals, this.load.data.sentences) : []);

  /** Opens the kept article of this Source key. */
  open(key: string) {
    this.key = key;
    this.errors = {};
    this.undone = null;
    this.load.data = undefined;
    void this.load.run(async () => (await request(IngestedArticle, { id: key })).ingestedArticle ?? null);
  }

  /** Shows an article just kept, without asking for it again. */
  show(article: KeptArticle) {
    this.key = article.source.key;
    this.errors = {};
    this.undone = null;
    this.load.data = article;
    this.load.error = undefined;
  }

  /** Accepts (with the fields the editor changed) or rejects a proposal; answers whether it was decided. */
  async decide(id: string, decision: ArticleProposalDecision, fields: ArticleFieldInput[] = []): Promise<boolean> {
    this.deciding = id;
    const { [id]: _, ...others } = this.errors;
    this.errors = others;
    try {
      const input = { id, decision, fields: decision === 'ACCEPT' && fields.length ? fields : null };
      const item = (await request(DecideArticleProposal, { input, language: language() })).decideArticleProposal;
      const article = this.load.data;
      if (article) {
        const proposals = article.proposals.map((p) => (p.id === id ? item : p));
        this.load.data = { ...article, proposals, pendingCount: proposals.filter((p) => p.status === 'PENDING').length };
      }
      apiStatus.ok();
      return true;
    } catch (error) {
      this.#failed(id, error);
      return false;
    } finally {
      this.deciding = null;
    }
  }

  /** Undoes the article: what its accepted proposals wrote goes, and the article with them. */
  async undo() {
    const article = this.load.data;
    if (!article) return;
    this.undoing = true;
    this.errors = {};
    try {
      this.undone = (await request(UndoArticle, { id: article.source.key, language: language() })).undoArticle;
      this.load.data = null;
      apiStatus.ok();
    } catch (error) {
      this.#failed('', error);
    } finally {
      this.undoing = false;
    }
  }

  #failed(id: string, error: unknown) {
    // REVIEW_REFUSED comes worded in the page's language, naming the field that does not hold.
    this.errors = { ...this.errors, [id]: editorFailure(error) };
  }
}

export const articleReview = new ArticleReview();
