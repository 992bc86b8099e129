import { Table } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InHouseRow, Language } from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { kzMoment, NoticeBadge } from '../../components/deadline';
import { formatDate } from '../../i18n/format';
import classes from './in-house.module.css';

interface Props {
  rows: InHouseRow[];
  selected: number | null;
  onOpen: (stayId: number) => void;
}

type T = ReturnType<typeof useTranslation<['stays', 'rules']>>['t'];

const ROW_HEIGHT = 38;

/**
 * Everyone staying now: one dense row each, by room. Only the rows in view are drawn (a full
 * 300-room house took 0.65 s to draw row by row); aria-rowcount and aria-rowindex still tell
 * assistive technology how long the list is and where each row sits in it.
 */
export function InHouseTable({ rows, selected, onOpen }: Props) {
  const { t, i18n } = useTranslation(['stays', 'rules']);
  const lang = i18n.language as Language;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (body) setScrollMargin(body.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  // Arrow keys move between rows, Enter or Space opens one: the list is worked from the keyboard,
  // including to rows not drawn yet (scrolled into view first, then focused).
  const onKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const last = rows.length - 1;
    const target =
      e.key === 'ArrowDown'
        ? Math.min(index + 1, last)
        : e.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (target !== null) {
      e.preventDefault();
      virtualizer.scrollToIndex(target);
      const focus = (tries: number) => {
        const el = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
        if (el) el.focus();
        else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
      };
      focus(5);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(rows[index]!.stayId);
    }
  };

  return (
    <Table
      className={classes.table}
      layout="fixed"
      striped={false}
      verticalSpacing={5}
      horizontalSpacing="xs"
      fz="sm"
      aria-label={t('inHouse.tableLabel')}
      aria-rowcount={rows.length + 1}
    >
      <colgroup>
        <col style={{ width: '6%' }} />
        <col style={{ width: '22%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '11%' }} />
        <col style={{ width: '12%' }} />
        <col style={{ width: '11%' }} />
        <col style={{ width: '24%' }} />
      </colgroup>
      <Table.Thead className={classes.head}>
        <Table.Tr aria-rowindex={1}>
          <Table.Th>{t('field.room')}</Table.Th>
          <Table.Th>{t('inHouse.guest')}</Table.Th>
          <Table.Th>{t('inHouse.citizenship')}</Table.Th>
          <Table.Th>{t('inHouse.document')}</Table.Th>
          <Table.Th>{t('inHouse.checkIn')}</Table.Th>
          <Table.Th>{t('inHouse.checkOut')}</Table.Th>
          <Table.Th>{t('inHouse.notice')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <tbody ref={bodyRef}>
        {before > 0 && <Spacer height={before} />}
        {items.map((item) => {
          const row = rows[item.index]!;
          return (
            <Row
              key={row.stayId}
              index={item.index}
              row={row}
              selected={row.stayId === selected}
              t={t}
              lang={lang}
              onOpen={onOpen}
              onKey={onKey}
            />
          );
        })}
        {after > 0 && <Spacer height={after} />}
      </tbody>
    </Table>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className={classes.spacer}>
      <td colSpan={7} style={{ height }} />
    </tr>
  );
}

// Plain cells: a Mantine component per cell was most of the drawing time.
const Row = memo(function Row({
  index,
  row,
  selected,
  t,
  lang,
  onOpen,
  onKey,
}: {
  index: number;
  row: InHouseRow;
  selected: boolean;
  t: T;
  lang: Language;
  onOpen: (stayId: number) => void;
  onKey: (e: KeyboardEvent<HTMLTableRowElement>, index: number) => void;
}) {
  const name = [row.surname, row.givenNames].filter(Boolean).join(' ');
  const country = countryName(row.citizenship, lang);
  return (
    <tr
      tabIndex={0}
      data-index={index}
      aria-rowindex={index + 2}
      className={classes.row}
      data-selected={selected || undefined}
      data-absent={row.status === 'absent' || undefined}
      aria-selected={selected}
      onClick={() => onOpen(row.stayId)}
      onKeyDown={(e) => onKey(e, index)}
    >
      <td className={classes.room}>{row.room}</td>
      <td>
        <span className={classes.name} title={name}>
          {name}
        </span>
        {row.status === 'absent' && <span className={classes.away}>{t('status.absent')}</span>}
      </td>
      <td>
        <span className={classes.truncate} title={country}>
          {country}
        </span>
      </td>
      <td className={classes.mono}>{row.documentNumber ?? '—'}</td>
      <td title={kzMoment(row.checkInAt, lang)}>{kzMoment(row.checkInAt, lang, true)}</td>
      <td>
        {row.plannedCheckOut ? formatDate(row.plannedCheckOut, lang) : '—'}
        {row.stayLimit && (row.stayLimit.exceeded || row.stayLimit.reminder) && (
          // domain.md §10: the stay passes (or nears) the guest's last lawful day.
          <span
            className={classes.tasks}
            data-stay-limit={row.stayLimit.exceeded ? 'exceeded' : 'reminder'}
            title={t('rules:stayLimit.lastDay')}
          >
            {row.stayLimit.exceeded
              ? t('rules:stayLimit.exceeded')
              : t('rules:stayLimit.reminderBadge')}
            : {formatDate(row.stayLimit.lastDay!, lang)}
          </span>
        )}
        {row.stayLimit?.longStay?.due && (
          // domain.md §10, a reading the owner can switch off: a long stay may need a permit.
          <span className={classes.tasks} data-long-stay>
            {t('rules:stayLimit.longStayBadge', { days: row.stayLimit.longStay.days })}
          </span>
        )}
      </td>
      <td>
        <NoticeBadge notice={row.notice} />
        {row.tasks.length > 0 && (
          <span className={classes.tasks}>{t('inHouse.tasks', { count: row.tasks.length })}</span>
        )}
      </td>
    </tr>
  );
});
