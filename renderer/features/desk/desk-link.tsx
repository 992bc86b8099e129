import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { DeskLink } from '../../../shared/contract';
import { ApiError, onEvent } from '../../api/client';
import { useApiQuery } from '../../api/hooks';

const DeskLinkContext = createContext<DeskLink | null>(null);

/**
 * On a joined desk (issue 22): its link to the host, first as `app.info` tells it, then as the
 * desk's own event stream tells of each change. When the host answers again, every query is
 * asked anew. Null on the host itself and in the desktop app working on its own file.
 */
export function DeskLinkProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const info = useApiQuery('app.info', {}, { staleTime: Infinity });
  const [live, setLive] = useState<DeskLink | null>(null);
  // Only a desk's own bridge sends `desk.link`: the host and the desktop app ask no stream.
  const isDesk = info.data?.desk !== undefined;
  useEffect(() => {
    if (!isDesk) return;
    return onEvent((m) => {
      if (m.event !== 'desk.link') return;
      setLive(m.payload);
      if (m.payload.reachable) void client.invalidateQueries();
    });
  }, [client, isDesk]);
  return (
    <DeskLinkContext.Provider value={live ?? info.data?.desk ?? null}>
      {children}
    </DeskLinkContext.Provider>
  );
}

export const useDeskLink = (): DeskLink | null => useContext(DeskLinkContext);

/** True while this desk's host does not answer, or when a read failed for that reason. */
export function useHostAway(error?: unknown): boolean {
  const link = useDeskLink();
  return (
    (link !== null && !link.reachable) ||
    (error instanceof ApiError && error.error.code === 'desks.host_unreachable')
  );
}
