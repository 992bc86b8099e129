import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { HISTORY_PAGE, type HistoryPage, type Input } from '../../../shared/contract';
import { call } from '../../api/client';

export type HistoryFilters = Omit<Input<'history.search'>, 'offset' | 'limit'>;

/** Pages of the history as the list scrolls; the first page carries the (capped) count. */
export function useHistory(filters: HistoryFilters) {
  return useInfiniteQuery({
    // The method name first, so a write's refresh of every query reaches this one too.
    queryKey: ['history.search', filters],
    queryFn: ({ pageParam }) =>
      call('history.search', { ...filters, offset: pageParam, limit: HISTORY_PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last: HistoryPage, pages: HistoryPage[]) => {
      const loaded = pages.reduce((n, p) => n + p.rows.length, 0);
      return last.rows.length === HISTORY_PAGE && loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}
