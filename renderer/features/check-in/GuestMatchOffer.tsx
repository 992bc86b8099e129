import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuestMatch, Language } from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { formatDate } from '../../i18n/format';

interface Props {
  matches: GuestMatch[];
  onPick: (match: GuestMatch) => void;
  onDismiss: (guestId: number) => void;
}

/** "This guest has stayed before": pick the record, or say it is someone else. */
export function GuestMatchOffer({ matches, onPick, onDismiss }: Props) {
  const { t, i18n } = useTranslation('stays');
  const lang = i18n.language as Language;
  if (!matches.length) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      p="xs"
      title={t('match.title', { count: matches.length })}
      role="region"
      aria-label={t('match.title', { count: matches.length })}
    >
      <Stack gap={6}>
        {matches.map((m) => {
          const name = [m.person.surname, m.person.givenNames].filter(Boolean).join(' ');
          const doc = m.documents[0];
          const facts = [
            countryName(m.person.citizenship, lang),
            m.person.birthDate && t('match.born', { date: formatDate(m.person.birthDate, lang) }),
            doc && t('match.document', { number: doc.number }),
            m.lastStay &&
              t('match.lastStay', {
                room: m.lastStay.room,
                date: formatDate(m.lastStay.checkInDate, lang),
              }),
          ].filter(Boolean);
          return (
            <Group key={m.guestId} justify="space-between" wrap="nowrap" gap="sm">
              <div>
                <Text size="sm" fw={600}>
                  {name}
                </Text>
                <Text size="xs" c="dark.4">
                  {facts.join(' · ')} · {t(`match.by.${m.matchedBy}`)}
                </Text>
              </div>
              <Group gap={6} wrap="nowrap">
                <Button
                  size="xs"
                  onClick={() => onPick(m)}
                  aria-label={t('match.useLabel', { name })}
                >
                  {t('match.use')}
                </Button>
                <Button size="xs" variant="default" onClick={() => onDismiss(m.guestId)}>
                  {t('match.notThisPerson')}
                </Button>
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Alert>
  );
}
