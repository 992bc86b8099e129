import { Drawer, Loader } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DialogOpenContext } from './dialog-open';

// The stay's details, actions and dialogs are code of their own, loaded when a stay is first
// opened: the home screen's first load does not carry them (issue 12).
export const loadStayDetailView = () => import('./StayDetailView');
const StayDetailView = lazy(() =>
  loadStayDetailView().then((m) => ({ default: m.StayDetailView })),
);

interface Props {
  stayId: number | null;
  onClose: () => void;
  onOpenStay: (stayId: number) => void;
}

/** One stay beside the list; reusable from any screen that knows a stay id. */
export function StayDetailDrawer({ stayId, onClose, onOpenStay }: Props) {
  const { t } = useTranslation('stays');
  const detail = useApiQuery('stays.get', { stayId: stayId ?? 1 }, { enabled: stayId !== null });
  const d = stayId !== null ? detail.data : undefined;
  // The code is fetched beside the stay, not after it.
  useEffect(() => {
    if (stayId !== null) void loadStayDetailView();
  }, [stayId]);
  const [dialogs, setDialogs] = useState(0);
  const reportDialog = useCallback((delta: 1 | -1) => setDialogs((n) => n + delta), []);
  const name = d ? [d.person.surname, d.person.givenNames].filter(Boolean).join(' ') : '';
  return (
    <Drawer
      opened={stayId !== null}
      onClose={onClose}
      position="right"
      size={640}
      title={name || t('detail.title')}
      closeButtonProps={{ 'aria-label': t('detail.close') }}
      closeOnEscape={dialogs === 0}
      styles={{ title: { fontWeight: 600, fontSize: 18 } }}
    >
      {detail.isPending && stayId !== null && <Loader size="sm" />}
      {detail.error && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      <DialogOpenContext.Provider value={reportDialog}>
        {d && d.stayId === stayId && (
          <Suspense fallback={<Loader size="sm" />}>
            <StayDetailView detail={d} onOpenStay={onOpenStay} />
          </Suspense>
        )}
      </DialogOpenContext.Provider>
    </Drawer>
  );
}
