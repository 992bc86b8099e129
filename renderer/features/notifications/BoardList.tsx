import { Badge, Group, Text } from '@mantine/core';
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BOARD_GROUPS,
  type BoardGroup,
  type BoardRow,
  type Language,
  type NoticeView,
  type PortalFieldKey,
} from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { sexContext } from '../../../shared/locales/gender';
import { kzMoment, NoticeBadge } from '../../components/deadline';
import type { DynamicT } from '../../components/use-error-text';
import { formatDate } from '../../i18n/format';
import { GROUP_KEY, PORTAL_NAME, STATE_KEY } from './board-text';
import classes from './notifications.module.css';
import { VirtualListbox, type ListEntry } from './VirtualListbox';

interface Props {
  rows: BoardRow[];
  counts: Record<BoardGroup, number>;
  activeKey: string | null;
  onActiveChange: (key: string) => void;
  selectedId: number | null;
  onOpen: (notificationId: number) => void;
  /** The chosen portal's labels of the fields a row lacks. */
  fieldLabel: (key: PortalFieldKey) => string;
  listRef?: Ref<HTMLDivElement>;
}

export const rowKey = (id: number) => `n${id}`;

/** The board's rows under their group headers, in the order the groups are worked. */
export function BoardList(props: Props) {
  const { t } = useTranslation('notifications-ui');
  const td = t as unknown as DynamicT;
  const { rows, counts } = props;
  const entries = useMemo(() => {
    const out: ListEntry<BoardRow>[] = [];
    for (const group of BOARD_GROUPS) {
      const inGroup = rows.filter((r) => r.group === group);
      if (inGroup.length === 0) continue;
      out.push({
        type: 'header',
        key: `h-${group}`,
        content: (
          <>
            <span>{td(GROUP_KEY[group])}</span>
            <span>· {counts[group]}</span>
          </>
        ),
      });
      for (const r of inGroup) out.push({ type: 'option', key: rowKey(r.notificationId), item: r });
    }
    return out;
  }, [rows, counts, td]);

  return (
    <VirtualListbox
      label={t('board.listLabel')}
      entries={entries}
      activeKey={props.activeKey}
      onActiveChange={props.onActiveChange}
      selectedKey={props.selectedId ? rowKey(props.selectedId) : null}
      onOpen={(key) => props.onOpen(Number(key.slice(1)))}
      renderOption={(row) => <BoardRowView row={row} fieldLabel={props.fieldLabel} />}
      listRef={props.listRef}
      optionHeight={54}
      headerHeight={28}
    />
  );
}

/** A notice as the board shows it, as if it were the stay's notice (for the deadline words). */
export const asNotice = (r: BoardRow): NoticeView => ({
  id: r.notificationId,
  kind: r.kind,
  state: r.state === 'filed_no_proof' || r.state === 'proven' ? 'filed' : 'pending',
  event: 'check_in',
  eventDate: r.eventDate,
  dueDate: r.dueDate,
  dueAt: r.dueAt,
  calendar: null,
  rule: '',
  status: r.status,
});

function BoardRowView({
  row,
  fieldLabel,
}: {
  row: BoardRow;
  fieldLabel: (key: PortalFieldKey) => string;
}) {
  const { t, i18n } = useTranslation(['notifications-ui', 'rules']);
  const td = t as unknown as DynamicT;
  const lang = i18n.language as Language;
  const name = [row.surname, row.givenNames].filter(Boolean).join(' ');
  const meta: string[] = [t('board.room', { room: row.room }), countryName(row.citizenship, lang)];
  if (row.kind !== 'host_notice') meta.unshift(td(`rules:task.${row.kind}`));
  if (row.stayStatus === 'checked_out')
    meta.push(t('board.departed', { context: sexContext(row.sex) }));
  if (row.stayStatus === 'absent') meta.push(t('board.away'));
  const missing = row.missing.map(fieldLabel).join(', ');
  // A portal refused it (domain.md §10): the last try says what the desk did, while still owed.
  const attempted = row.lastAttempt !== null && row.state !== 'filed_no_proof';
  return (
    <Group gap="sm" wrap="nowrap" w="100%">
      <div className={classes.rowMain}>
        <div className={classes.rowName}>{name}</div>
        <div className={classes.rowMeta}>
          {row.group === 'needs_data' && missing
            ? t('board.missing', { fields: missing })
            : meta.join(' · ')}
        </div>
      </div>
      <div style={{ textAlign: 'right', flexShrink: 0 }}>
        {row.state === 'filed_no_proof' ? (
          <Badge color="grape" variant="light" tt="none" radius="sm" size="md">
            {td(STATE_KEY[row.state])}
          </Badge>
        ) : (
          <NoticeBadge notice={asNotice(row)} />
        )}
        <Text size="xs" c={attempted ? 'orange.9' : 'dark.5'} mt={2} data-attempted={attempted}>
          {row.state === 'filed_no_proof' && row.filedAt
            ? t('board.filedOn', { date: kzMoment(row.filedAt, lang) })
            : attempted && row.lastAttempt
              ? t('board.attempted', {
                  portal: PORTAL_NAME[row.lastAttempt.portal],
                  date: kzMoment(row.lastAttempt.at, lang, true),
                })
              : row.state !== 'owed'
                ? td(STATE_KEY[row.state])
                : row.dueDate
                  ? t('board.dueDate', { date: formatDate(row.dueDate, lang) })
                  : ''}
        </Text>
      </div>
    </Group>
  );
}
