// Helpdesk articles of one locale: a page, every page, one article.
import { everyPage } from './pages';
import type { HelpdeskArticle } from './resources';
import { pageSegment, segment, withSignal, type WebsiteOf, type WebsiteScoped } from './scope';
import type { Transport } from './transport';

export interface ArticleListParams extends WebsiteScoped {
  /** ISO 639-1, e.g. `en`. */
  locale: string;
  /** 20 to 50. */
  perPage?: number;
  searchTitle?: string;
}

export function helpdeskOperations(call: Transport, websiteOf: WebsiteOf) {
  const base = (params: WebsiteScoped & { locale: string }) =>
    `website/${segment(websiteOf(params.websiteId), 'websiteId')}/helpdesk/locale/${segment(params.locale, 'locale')}`;

  const listArticles = async ({
    page = 1,
    ...params
  }: ArticleListParams & { page?: number }): Promise<HelpdeskArticle[]> => {
    const answer = await call<HelpdeskArticle[] | null>('GET', `${base(params)}/articles/${pageSegment(page)}`, {
      query: { per_page: params.perPage, search_title: params.searchTitle },
      ...withSignal(params),
    });
    return answer.data ?? [];
  };

  return {
    /** One page (from 1); an empty array past the last page. */
    listArticles,

    /** Every article of the locale, page after page, until an empty page. */
    iterateArticles(params: ArticleListParams): AsyncIterable<HelpdeskArticle> {
      return everyPage((page) => listArticles({ ...params, page }));
    },

    async getArticle(params: WebsiteScoped & { locale: string; articleId: string }): Promise<HelpdeskArticle> {
      return (
        await call<HelpdeskArticle>(
          'GET',
          `${base(params)}/article/${segment(params.articleId, 'articleId')}`,
          withSignal(params),
        )
      ).data;
    },
  };
}

export type HelpdeskOperations = ReturnType<typeof helpdeskOperations>;
