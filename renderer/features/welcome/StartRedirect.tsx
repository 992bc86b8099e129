import { Navigate } from 'react-router';
import { useApiQuery } from '../../api/hooks';

/** The home address: the first start on a new database, else In house. */
export function StartRedirect() {
  const setup = useApiQuery('setup.get', {});
  if (setup.isPending) return null;
  return <Navigate to={setup.data?.needed ? '/welcome' : '/in-house'} replace />;
}
