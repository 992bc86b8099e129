import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, StayEventView } from '../../../shared/contract';
import { kzMoment } from '../../components/deadline';
import { formatDate } from '../../i18n/format';
import { useActorName } from '../../i18n/actor-name';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** What happened to the stay, oldest first, with who did it. */
export function StayHistory({ events }: { events: StayEventView[] }) {
  const { t, i18n } = useTranslation('stays');
  const actor = useActorName();
  const lang = i18n.language as Language;
  const details = (e: StayEventView): string => {
    const from = str(e.details.from);
    const to = str(e.details.to);
    switch (e.kind) {
      case 'check_in':
        return str(e.details.room) ? t('detail.roomN', { room: str(e.details.room) ?? '' }) : '';
      case 'room_change':
        return t('history.fromTo', { from: from ?? '—', to: to ?? '—' });
      case 'extend':
        return t('history.fromTo', {
          from: from ? formatDate(from, lang) : '—',
          to: to ? formatDate(to, lang) : '—',
        });
      case 'cancel':
        return str(e.details.reason) ?? '';
      default:
        return '';
    }
  };
  return (
    <Table verticalSpacing={3} horizontalSpacing="xs" fz="sm" withRowBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>{t('history.when')}</Table.Th>
          <Table.Th>{t('history.what')}</Table.Th>
          <Table.Th w={120}>{t('history.who')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{kzMoment(e.at, lang)}</Table.Td>
            <Table.Td>
              {t(`history.kind.${e.kind}`)}
              {details(e) && (
                <Text span size="sm" c="dark.4">
                  {' '}
                  · {details(e)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{e.staffName ? actor(e.staffName) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
