import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate } from 'react-router';
import { prefetchApi, useApiQuery } from '../../api/hooks';

/** The home address: the first start on a new database, else In house. */
export function StartRedirect() {
  const client = useQueryClient();
  // In house is asked for beside the setup check, not after it: the home screen's list is on its
  // way while the app decides whether to show it (same key as InHouseScreen's first query).
  useEffect(() => prefetchApi(client, 'stays.inHouse', { query: '' }), [client]);
  const setup = useApiQuery('setup.get', {});
  if (setup.isPending) return null;
  return <Navigate to={setup.data?.needed ? '/welcome' : '/in-house'} replace />;
}
