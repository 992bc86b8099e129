import {
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { Input, MethodName, Output } from '../../shared/contract';
import { call } from './client';

/** The key and fetch of a read: one key per method and input, whoever asks first. */
const apiQuery = <M extends MethodName>(method: M, input: Input<M>) => ({
  queryKey: [method, input],
  queryFn: () => call(method, input),
});

/** A read through react-query, keyed by method and input. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: Input<M>,
  options: Omit<UseQueryOptions<Output<M>>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<Output<M>>({ ...apiQuery(method, input), ...options });
}

/** One read per item, under `useApiQuery`'s keys; a null input asks nothing (its data is undefined). */
export function useApiQueries<M extends MethodName>(
  method: M,
  inputs: ReadonlyArray<Input<M> | null>,
) {
  return useQueries({
    queries: inputs.map((input) => ({
      ...apiQuery(method, (input ?? {}) as Input<M>),
      enabled: input !== null,
    })),
  });
}

/**
 * Asks for a read before the screen that shows it renders, under the key `useApiQuery` uses: a
 * screen's calls otherwise go out only once the whole screen has rendered (issue 12).
 */
export function prefetchApi<M extends MethodName>(client: QueryClient, method: M, input: Input<M>) {
  void client.prefetchQuery(apiQuery(method, input));
}

/** A write; every query is refreshed after it succeeds (the data is local and small). */
export function useApiMutation<M extends MethodName>(method: M) {
  const client = useQueryClient();
  return useMutation<Output<M>, Error, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => client.invalidateQueries(),
  });
}
