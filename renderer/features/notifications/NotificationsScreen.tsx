import { Group, Select, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import {
  BOARD_GROUPS,
  PORTALS,
  type BoardGroup,
  type Language,
  type Portal,
  type PortalFieldKey,
} from '../../../shared/contract';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { QueryTrouble } from '../desk/QueryTrouble';
import { ScreenHeader } from '../../components/ScreenHeader';
import { BoardList, rowKey } from './BoardList';
import { isBoardListState } from './board-keys';
import { BoardSummary } from './BoardSummary';
import { CalendarFooter } from './CalendarFooter';
import { fieldLabelOf, PORTAL_NAME } from './board-text';
import { FilingPanel } from './FilingPanel';
import classes from './notifications.module.css';
import { ReminderSetting } from './ReminderSetting';
import { ShiftReportButton } from './ShiftReport';
import { StayLimitGroup } from './StayLimitGroup';
import { useActorName } from '../../i18n/actor-name';
import { KeysBoardWarning } from '../keys/KeysBoardWarning';

const STAY_LIMIT_ID = 'board-stay-limit';

/** The night auditor's board: every notice not yet proven, by group, with the filing panel. */
export function NotificationsScreen() {
  const { t, i18n } = useTranslation(['common', 'notifications-ui']);
  const actor = useActorName();
  const lang = i18n.language as Language;
  // The open notice lives in the address (?notice=12) so "File now" elsewhere can link to it.
  const [params, setParams] = useSearchParams();
  const selectedId = Number(params.get('notice')) || null;
  const [portal, setPortal] = useState<Portal | undefined>(undefined);
  const [room, setRoom] = useState<string | null>(null);
  const [staffId, setStaffId] = useState<string | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(selectedId ? rowKey(selectedId) : null);
  const listRef = useRef<HTMLDivElement>(null);

  const board = useApiQuery(
    'notifications.board',
    {
      portal,
      room: room ?? undefined,
      staffId: staffId ? Number(staffId) : undefined,
    },
    { placeholderData: keepPreviousData, refetchInterval: 60_000 },
  );
  const data = board.data;
  const counts = useMemo(() => {
    const c = Object.fromEntries(BOARD_GROUPS.map((g) => [g, 0])) as Record<BoardGroup, number>;
    for (const g of data?.groups ?? []) c[g.group] = g.count;
    return c;
  }, [data]);
  const shownPortal = portal ?? data?.portal ?? 'eqonaq';
  const fieldLabel = (key: PortalFieldKey) => fieldLabelOf(shownPortal, key, lang);

  const open = (id: number) => {
    setActiveKey(rowKey(id));
    setParams({ notice: String(id) });
  };
  const jump = (group: BoardGroup) => {
    const first = data?.rows.find((r) => r.group === group);
    if (!first) return;
    // Focus first: landing on the list picks a row of its own, which this then replaces.
    listRef.current?.focus();
    setActiveKey(rowKey(first.notificationId));
  };

  // F3 from anywhere (app/Shortcuts): the cursor into the list once it is drawn, once a press.
  const location = useLocation();
  const wanted = isBoardListState(location.state) ? location.state.focusList : null;
  const hasRows = (data?.rows.length ?? 0) > 0;
  const handled = useRef<number | null>(null);
  useEffect(() => {
    if (wanted === null || wanted === handled.current || !hasRows) return;
    handled.current = wanted;
    listRef.current?.focus();
  }, [wanted, hasRows]);

  // Marked as filed: the cursor goes on to the next notice still to file, in the list's order
  // as the desk saw it, not to the page's body (the form it was in is gone).
  const filed = (id: number) => {
    const rows = data?.rows ?? [];
    const at = rows.findIndex((r) => r.notificationId === id);
    const toFile = (r: (typeof rows)[number]) =>
      r.notificationId !== id && r.group !== 'filed_no_proof';
    const next = rows.slice(at + 1).find(toFile) ?? rows.find(toFile);
    listRef.current?.focus();
    setActiveKey(rowKey(next?.notificationId ?? id));
  };

  return (
    <>
      <ScreenHeader title={t('screen.notifications.title')}>
        <Group gap="sm" wrap="nowrap">
          <ReminderSetting />
          <ShiftReportButton />
        </Group>
      </ScreenHeader>
      <KeysBoardWarning />
      <QueryTrouble query={board} />
      {data && (
        <>
          <BoardSummary
            counts={counts}
            onJump={jump}
            stayLimit={data.stayLimits.length}
            onJumpStayLimit={() =>
              document.getElementById(STAY_LIMIT_ID)?.scrollIntoView({ block: 'start' })
            }
          />
          <StayLimitGroup rows={data.stayLimits} id={STAY_LIMIT_ID} />
          <div className={classes.layout}>
            <div className={classes.listColumn}>
              <Group gap="xs" mb="xs" wrap="nowrap" align="flex-end">
                <Select
                  size="xs"
                  label={t('notifications-ui:filter.portal')}
                  data={PORTALS.map((p) => ({ value: p, label: PORTAL_NAME[p] }))}
                  value={shownPortal}
                  onChange={(v) => v && setPortal(v as Portal)}
                  allowDeselect={false}
                  w={130}
                />
                <Select
                  size="xs"
                  label={t('notifications-ui:filter.room')}
                  placeholder={t('notifications-ui:filter.all')}
                  data={data.rooms}
                  value={room}
                  onChange={setRoom}
                  clearable
                  searchable
                  w={110}
                />
                <Select
                  size="xs"
                  label={t('notifications-ui:filter.staff')}
                  placeholder={t('notifications-ui:filter.all')}
                  data={data.staff.map((s) => ({ value: String(s.id), label: actor(s.name) }))}
                  value={staffId}
                  onChange={setStaffId}
                  clearable
                  style={{ flex: 1, minWidth: 0 }}
                />
              </Group>
              <Text size="xs" c="dark.5" mb={4} role="status">
                {t('notifications-ui:board.shown', { count: data.rows.length })}
              </Text>
              {data.rows.length === 0 ? (
                <EmptyState
                  title={t('screen.notifications.empty')}
                  hint={t('screen.notifications.emptyHint')}
                />
              ) : (
                <BoardList
                  rows={data.rows}
                  counts={counts}
                  activeKey={activeKey}
                  onActiveChange={setActiveKey}
                  selectedId={selectedId}
                  onOpen={open}
                  fieldLabel={fieldLabel}
                  listRef={listRef}
                />
              )}
            </div>
            {selectedId ? (
              <FilingPanel
                key={selectedId}
                notificationId={selectedId}
                staff={data.staff}
                onOpenNotice={open}
                onFiled={filed}
              />
            ) : (
              <div className={classes.panel}>
                <Text size="sm" c="dark.5">
                  {t('notifications-ui:panel.choose')}
                </Text>
              </div>
            )}
          </div>
        </>
      )}
      <CalendarFooter />
    </>
  );
}
