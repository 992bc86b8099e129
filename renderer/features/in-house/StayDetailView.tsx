import { Alert, Anchor, Badge, Divider, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import type { Language, StayDetail } from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { vmpDocumentType, vmpPurpose, type VmpEntry } from '../../../shared/documents/vmp';
import { sexContext } from '../../../shared/locales/gender';
import { kzMoment } from '../../components/deadline';
import { formatDate } from '../../i18n/format';
import { Facts } from './Facts';
import { StayActions } from './StayActions';
import { StayHistory } from './StayHistory';
import {
  StayLimitAlert,
  StayLimitTrace,
  useStayLimitText,
} from '../../components/stay-limit/StayLimitAlert';
import { StayNotices } from './StayNotices';
import { StayPrivacy } from './StayPrivacy';

const STATUS_COLOR: Record<StayDetail['status'], string> = {
  in_house: 'teal',
  absent: 'gray',
  checked_out: 'blue',
  cancelled: 'red',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Title order={3} size="h6" c="dark.6" tt="uppercase" fw={600} style={{ letterSpacing: 0.4 }}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** A portal dictionary entry in the UI language, with the portal's own Russian words. */
function vmpText(entry: VmpEntry<string> | undefined, lang: Language, code: string | null) {
  if (!entry) return code ?? '';
  return lang === 'ru' ? entry.ru : `${entry[lang]} (${entry.ru})`;
}

/** Guest, document, stay, notices with their traces, history, and what can be done next. */
export function StayDetailView({
  detail,
  onOpenStay,
}: {
  detail: StayDetail;
  onOpenStay: (stayId: number) => void;
}) {
  const { t, i18n } = useTranslation(['stays', 'documents', 'rules']);
  const limitText = useStayLimitText();
  const { t: tp } = useTranslation('places');
  // The place is named only when there are several (one place: the panel as it always was).
  const places = useApiQuery('places.list', {}).data ?? [];
  const place = places.length > 1 ? places.find((p) => p.id === detail.placeId)?.name : undefined;
  const lang = i18n.language as Language;
  const p = detail.person;
  const d = detail.document;
  const date = (iso: string | null) => (iso ? formatDate(iso, lang) : '');

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={STATUS_COLOR[detail.status]} variant="light" tt="none" radius="sm">
          {t(`status.${detail.status}`, { context: sexContext(detail.person.sex) })}
        </Badge>
        <Text size="sm" fw={600}>
          {t('detail.roomN', { room: detail.room })}
        </Text>
        <Text size="sm" c="dark.4">
          {t('detail.since', { at: kzMoment(detail.checkInAt, lang) })}
        </Text>
      </Group>
      {detail.status === 'cancelled' && detail.cancelReason && (
        <Alert color="red" variant="light" p="xs" title={t('detail.cancelledTitle')}>
          {detail.cancelReason}
        </Alert>
      )}

      <StayActions detail={detail} />

      {detail.stayLimit?.lastDay && (
        <Section title={t('rules:stayLimit.lastDay')}>
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {date(detail.stayLimit.lastDay)} ·{' '}
              {detail.stayLimit.reasons.map((r) => t(`rules:stayLimit.kind.${r.kind}`)).join(', ')}
            </Text>
            <StayLimitAlert result={detail.stayLimit} withTrace={false} />
            <StayLimitTrace result={detail.stayLimit} />
          </Stack>
        </Section>
      )}
      {detail.stayLimit?.longStay?.due && (
        <Alert color="blue" variant="light" p="xs" role="note">
          {t('rules:stayLimit.longStay', {
            days: detail.stayLimit.longStay.days,
            date: date(detail.stayLimit.longStay.day),
            source: limitText.source(detail.stayLimit.longStay.source),
          })}
        </Alert>
      )}

      <Section title={t('detail.notices')}>
        <StayNotices detail={detail} />
      </Section>

      <Divider />
      <Section title={t('detail.guest')}>
        <Facts
          items={[
            [t('documents:field.nationality'), countryName(p.citizenship, lang)],
            [t('documents:field.birthDate'), date(p.birthDate)],
            [t('documents:field.sex'), p.sex ? t(`documents:sex.${p.sex}`) : ''],
            !!p.patronymic && [t('field.patronymic'), p.patronymic],
            [t('field.phone'), p.phone],
            [t('field.email'), p.email],
          ]}
        />
      </Section>

      <Section title={t('documents:field.identityDocument')}>
        {d ? (
          <Facts
            items={[
              [
                t('documents:field.documentType'),
                vmpText(vmpDocumentType(d.typeCode), lang, d.typeCode),
              ],
              [t('documents:field.documentNumber'), `${d.series ? `${d.series} ` : ''}${d.number}`],
              [
                t('documents:field.issuingState'),
                d.issuingState ? countryName(d.issuingState, lang) : '',
              ],
              [t('documents:field.expiryDate'), date(d.expiryDate)],
              [t('field.issueDate'), date(d.issueDate)],
            ]}
          />
        ) : (
          <Text size="sm">
            {detail.onDocumentOf
              ? t('detail.onDocumentOf', {
                  name: `${detail.onDocumentOf.surname} ${detail.onDocumentOf.givenNames}`.trim(),
                })
              : t('detail.noDocument')}
          </Text>
        )}
      </Section>

      <Section title={t('detail.stay')}>
        <Facts
          items={[
            !!place && [tp('select'), place],
            [t('field.room'), detail.room],
            [t('inHouse.checkIn'), kzMoment(detail.checkInAt, lang)],
            [t('field.plannedCheckOut'), date(detail.plannedCheckOut)],
            !!detail.checkedOutAt && [
              t('detail.checkedOutAt'),
              kzMoment(detail.checkedOutAt, lang),
            ],
            [
              t('documents:field.purpose'),
              vmpText(vmpPurpose(detail.purposeCode ?? ''), lang, detail.purposeCode),
            ],
            [t('field.visaNumber'), detail.visaNumber],
            !!detail.visaValidUntil && [t('field.visaValidUntil'), date(detail.visaValidUntil)],
            [t('field.entryDate'), date(detail.entryDate)],
          ]}
        />
      </Section>

      <Section title={t('detail.consent')}>
        <StayPrivacy detail={detail} />
      </Section>

      {detail.companions.length > 0 && (
        <Section title={t('detail.companions')}>
          <Stack gap={2}>
            {detail.companions.map((c) => (
              <Anchor
                key={c.stayId}
                component="button"
                type="button"
                size="sm"
                ta="left"
                onClick={() => onOpenStay(c.stayId)}
              >
                {`${c.surname} ${c.givenNames}`.trim()} · {t('detail.roomN', { room: c.room })}
              </Anchor>
            ))}
          </Stack>
        </Section>
      )}

      <Section title={t('detail.history')}>
        <StayHistory events={detail.events} />
      </Section>
    </Stack>
  );
}
