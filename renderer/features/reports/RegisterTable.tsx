import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, RegisterRow } from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { formatDate } from '../../i18n/format';
import { instantToKzText } from '../check-in/date-text';
import classes from './reports.module.css';
import { useActorName } from '../../i18n/actor-name';

const TIMELINESS_COLOR: Record<RegisterRow['timeliness'], string> = {
  on_time: 'teal.9',
  late: 'orange.9',
  overdue: 'red.8',
  open: 'dark.4',
};
const PORTALS = { eqonaq: 'e-Qonaq', vmp: 'vmp.gov.kz' } as const;

/** The register on screen: the columns a desk checks; the files carry every column. */
export function RegisterTable({
  rows,
  onOpen,
  byPlace = false,
}: {
  rows: RegisterRow[];
  onOpen: (stayId: number) => void;
  /** Two or more places of stay: a place column before the room (one place: none). */
  byPlace?: boolean;
}) {
  const { t, i18n } = useTranslation('reports');
  const actor = useActorName();
  const lang = i18n.language as Language;
  const date = (d: string | null) => (d ? formatDate(d, lang, 'dd.MM.yyyy') : '—');
  const attemptText = (r: RegisterRow): string => {
    if (!r.lastAttempt) return '—';
    const at = instantToKzText(r.lastAttempt.at);
    return t('register.attempts', {
      count: r.attempts,
      portal: PORTALS[r.lastAttempt.portal],
      at: `${at.date} ${at.time}`,
    });
  };
  return (
    <div className={classes.scroller}>
      <Table
        className={classes.table}
        striped
        highlightOnHover
        verticalSpacing={4}
        horizontalSpacing={6}
        fz="xs"
        aria-label={t('register.tableLabel')}
      >
        <Table.Thead>
          <Table.Tr>
            {(
              [
                'n',
                'guest',
                'citizenship',
                'document',
                ...(byPlace ? (['place'] as const) : []),
                'room',
                'checkIn',
                'deadline',
                'filedAt',
                'portal',
                'attempts',
                'proof',
                'timeliness',
                'checkedInBy',
                'filedBy',
              ] as const
            ).map((k) => (
              <Table.Th key={k}>{t(`col.${k}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => {
            const filed = r.filedAt ? instantToKzText(r.filedAt) : null;
            const name = [r.surname, r.givenNames].filter(Boolean).join(' ');
            return (
              <Table.Tr key={r.notificationId}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <button type="button" className={classes.link} onClick={() => onOpen(r.stayId)}>
                    {name}
                  </button>
                </Table.Td>
                <Table.Td>{countryName(r.citizenship, lang)}</Table.Td>
                <Table.Td className={classes.mono}>{r.documentNumber ?? '—'}</Table.Td>
                {byPlace && <Table.Td>{r.place || '—'}</Table.Td>}
                <Table.Td>{r.room}</Table.Td>
                <Table.Td>{date(r.eventDate)}</Table.Td>
                <Table.Td>{date(r.dueDate)}</Table.Td>
                <Table.Td>{filed ? `${filed.date} ${filed.time}` : '—'}</Table.Td>
                <Table.Td>
                  {r.portal ? (r.portal === 'paper' ? t('portal.paper') : PORTALS[r.portal]) : '—'}
                </Table.Td>
                <Table.Td data-attempts={r.attempts}>{attemptText(r)}</Table.Td>
                <Table.Td>{t(`proof.${r.proof}`)}</Table.Td>
                <Table.Td>
                  <Text span size="xs" fw={600} c={TIMELINESS_COLOR[r.timeliness]}>
                    {t(`timeliness.${r.timeliness}`)}
                    {r.workingDaysLate > 0 ? ` +${r.workingDaysLate}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{r.checkedInBy ? actor(r.checkedInBy) : '—'}</Table.Td>
                <Table.Td>{r.filedBy ? actor(r.filedBy) : '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
