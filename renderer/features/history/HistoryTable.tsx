import { Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryRow, Language } from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { sexContext } from '../../../shared/locales/gender';
import { formatDate } from '../../i18n/format';
import { StaySummaryBadge } from './StaySummaryBadge';
import classes from './history.module.css';
import { useActorName } from '../../i18n/actor-name';

interface Props {
  rows: HistoryRow[];
  total: number;
  selected: number | null;
  onOpen: (stayId: number) => void;
  onNearEnd: () => void;
}

const ROW_HEIGHT = 34;
const COLUMNS = [
  ['room', '6%'],
  ['guest', '18%'],
  ['citizenship', '12%'],
  ['document', '11%'],
  ['checkIn', '10%'],
  ['checkOut', '10%'],
  ['status', '11%'],
  ['notices', '12%'],
  ['checkedInBy', '10%'],
] as const;

/**
 * Every stay, newest first. Only the rows in view are in the page (a million stays scroll like
 * a hundred); aria-rowcount and aria-rowindex tell a screen reader where it is in the whole.
 */
export function HistoryTable({ rows, total, selected, onOpen, onNearEnd }: Props) {
  const { t, i18n } = useTranslation(['reports', 'trust']);
  const actor = useActorName();
  const lang = i18n.language as Language;
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's functions are read in this component only, never passed to memoized ones.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = v.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (last >= rows.length - 20) onNearEnd();
  }, [last, rows.length, onNearEnd]);

  // Arrow keys walk the rows, scrolling the list so the next one exists; Enter opens one.
  const onKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const go = (to: number) => {
      e.preventDefault();
      const target = Math.max(0, Math.min(rows.length - 1, to));
      v.scrollToIndex(target);
      requestAnimationFrame(() =>
        scroller.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus(),
      );
    };
    if (e.key === 'ArrowDown') go(index + 1);
    else if (e.key === 'ArrowUp') go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(rows.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(rows[index]!.stayId);
    }
  };

  const top = items[0]?.start ?? 0;
  const bottom = v.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} className={classes.scroller}>
      <Table
        className={classes.table}
        highlightOnHover
        verticalSpacing={5}
        horizontalSpacing="xs"
        fz="sm"
        aria-label={t('history.tableLabel')}
        aria-rowcount={total + 1}
      >
        <colgroup>
          {COLUMNS.map(([key, width]) => (
            <col key={key} style={{ width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {COLUMNS.map(([key]) => (
              <Table.Th key={key}>{t(`history.col.${key}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top > 0 && <tr aria-hidden style={{ height: top }} />}
          {items.map((item) => {
            const row = rows[item.index]!;
            const name = [row.surname, row.givenNames].filter(Boolean).join(' ');
            return (
              <Table.Tr
                key={row.stayId}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={0}
                className={classes.row}
                data-selected={row.stayId === selected || undefined}
                data-cancelled={row.status === 'cancelled' || undefined}
                aria-selected={row.stayId === selected}
                onClick={() => onOpen(row.stayId)}
                onKeyDown={(e) => onKey(e, item.index)}
              >
                <Table.Td fw={700}>{row.room}</Table.Td>
                <Table.Td title={name}>
                  {name ? (
                    <Text span size="sm" fw={600}>
                      {name}
                    </Text>
                  ) : (
                    // A guest whose personal data was erased (privacy-repo): said in words.
                    <Text span size="sm" fs="italic" c="dark.4">
                      {t('trust:erased')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td title={countryName(row.citizenship, lang)}>
                  {countryName(row.citizenship, lang)}
                </Table.Td>
                <Table.Td className={classes.mono}>{row.documentNumber ?? '—'}</Table.Td>
                <Table.Td>{formatDate(row.checkInDate, lang)}</Table.Td>
                <Table.Td>{row.checkOutDate ? formatDate(row.checkOutDate, lang) : '—'}</Table.Td>
                <Table.Td>
                  {t(`history.status.${row.status}`, { context: sexContext(row.sex) })}
                </Table.Td>
                <Table.Td>
                  <StaySummaryBadge summary={row.notices} />
                </Table.Td>
                <Table.Td title={row.checkedInBy ? actor(row.checkedInBy) : ''}>
                  {row.checkedInBy ? actor(row.checkedInBy) : '—'}
                </Table.Td>
              </Table.Tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
