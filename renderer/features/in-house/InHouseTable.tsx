import { Badge, Table, Text } from '@mantine/core';
import { memo, type KeyboardEvent } from 'react';
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

// Arrow keys move between rows, Enter or Space opens one: the list is worked from the keyboard.
function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, open: () => void) {
  const row = e.currentTarget;
  const go = (el: Element | null) => {
    if (el instanceof HTMLElement) {
      e.preventDefault();
      el.focus();
    }
  };
  if (e.key === 'ArrowDown') go(row.nextElementSibling);
  else if (e.key === 'ArrowUp') go(row.previousElementSibling);
  else if (e.key === 'Home') go(row.parentElement?.firstElementChild ?? null);
  else if (e.key === 'End') go(row.parentElement?.lastElementChild ?? null);
  else if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    open();
  }
}

/** Everyone staying now: one dense row each, by room. */
export function InHouseTable({ rows, selected, onOpen }: Props) {
  const { t } = useTranslation('stays');
  return (
    <Table
      className={classes.table}
      layout="fixed"
      highlightOnHover
      striped={false}
      verticalSpacing={5}
      horizontalSpacing="xs"
      fz="sm"
      aria-label={t('inHouse.tableLabel')}
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
        <Table.Tr>
          <Table.Th>{t('field.room')}</Table.Th>
          <Table.Th>{t('inHouse.guest')}</Table.Th>
          <Table.Th>{t('inHouse.citizenship')}</Table.Th>
          <Table.Th>{t('inHouse.document')}</Table.Th>
          <Table.Th>{t('inHouse.checkIn')}</Table.Th>
          <Table.Th>{t('inHouse.checkOut')}</Table.Th>
          <Table.Th>{t('inHouse.notice')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Row key={row.stayId} row={row} selected={row.stayId === selected} onOpen={onOpen} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

const Row = memo(function Row({
  row,
  selected,
  onOpen,
}: {
  row: InHouseRow;
  selected: boolean;
  onOpen: (stayId: number) => void;
}) {
  const { t, i18n } = useTranslation('stays');
  const lang = i18n.language as Language;
  const name = [row.surname, row.givenNames].filter(Boolean).join(' ');
  const open = () => onOpen(row.stayId);
  return (
    <Table.Tr
      tabIndex={0}
      className={classes.row}
      data-selected={selected || undefined}
      data-absent={row.status === 'absent' || undefined}
      aria-selected={selected}
      onClick={open}
      onKeyDown={(e) => onRowKey(e, open)}
    >
      <Table.Td fw={700}>{row.room}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600} truncate="end" title={name}>
          {name}
        </Text>
        {row.status === 'absent' && (
          <Badge size="xs" variant="outline" color="gray" tt="none" radius="sm">
            {t('status.absent')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate="end" title={countryName(row.citizenship, lang)}>
          {countryName(row.citizenship, lang)}
        </Text>
      </Table.Td>
      <Table.Td className={classes.mono}>{row.documentNumber ?? '—'}</Table.Td>
      <Table.Td title={kzMoment(row.checkInAt, lang)}>
        {kzMoment(row.checkInAt, lang, true)}
      </Table.Td>
      <Table.Td>{row.plannedCheckOut ? formatDate(row.plannedCheckOut, lang) : '—'}</Table.Td>
      <Table.Td>
        <NoticeBadge notice={row.notice} />
        {row.tasks.length > 0 && (
          <Text size="xs" c="dark.4">
            {t('inHouse.tasks', { count: row.tasks.length })}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
});
