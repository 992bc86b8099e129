import { Button, Grid, Group, Kbd, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VMP_DOCUMENT_TYPES } from '../../../shared/documents/vmp';
import { DEFAULT_RULE_SETTINGS, KAZAKHSTAN } from '../../../shared/rules';
import type { DynamicT } from '../../components/use-error-text';
import { CountrySelect } from './CountrySelect';
import { DateInput } from './DateInput';
import type { GuestDraft, GuestField, MrzFieldDoubt } from './draft';
import { nextReadingOf } from './mrz-apply';
import type { IssueLookup } from './use-issues';
import { VmpSelect } from './VmpSelect';

// Each form field and the contract path its issues come back on (relative to the guest).
export const GUEST_PATHS: Partial<Record<GuestField, string>> = {
  surname: 'person.surname',
  givenNames: 'person.givenNames',
  patronymic: 'person.patronymic',
  citizenship: 'person.citizenship',
  birthDate: 'person.birthDate',
  sex: 'person.sex',
  phone: 'person.phone',
  email: 'person.email',
  documentType: 'document.typeCode',
  documentNumber: 'document.number',
  documentSeries: 'document.series',
  issuingState: 'document.issuingState',
  issueDate: 'document.issueDate',
  expiryDate: 'document.expiryDate',
  visaNumber: 'visaNumber',
  visaValidUntil: 'visaValidUntil',
  entryDate: 'entryDate',
  onDocumentOf: 'onDocumentOf',
  consent: 'consent',
};

interface Props {
  guest: GuestDraft;
  set: <K extends GuestField>(field: K, value: GuestDraft[K]) => void;
  issues: IssueLookup;
  /** Issue path prefix: `guests.2.` at check-in, empty when editing one stay. */
  prefix: string;
  /** Replaces the document row, for a child on a parent's document. */
  documentSlot?: ReactNode;
  /** For a field read from a photo and in doubt: step to its other reading, or confirm it. */
  doubtActions?: DoubtActions;
}

export interface DoubtActions {
  other: (field: GuestField) => void;
  confirm: (field: GuestField) => void;
}

// Where the input's text starts: the highlight behind each doubtful character is placed from
// here, one monospace character (1ch) per position.
const INPUT_PADDING = '12px';
const HIGHLIGHT = 'var(--mantine-color-yellow-4)';

/** The input's look with the doubtful characters highlighted behind them. */
function highlightStyles(doubt: MrzFieldDoubt | undefined) {
  const input = { textTransform: 'uppercase' as const };
  if (!doubt) return { input };
  const each = (value: (position: number) => string) => doubt.positions.map(value).join(', ');
  return {
    input: {
      ...input,
      fontFamily: 'var(--mantine-font-family-monospace)',
      letterSpacing: 0,
      paddingInlineStart: INPUT_PADDING,
      borderColor: 'var(--mantine-color-orange-6)',
      backgroundImage: each(() => `linear-gradient(${HIGHLIGHT}, ${HIGHLIGHT})`),
      // A little narrower than a character: neighbours in doubt stay apart.
      backgroundSize: each(() => '0.86ch 1.5em'),
      backgroundPosition: each((p) => `calc(${INPUT_PADDING} + ${p - 1}ch + 0.07ch) center`),
      backgroundRepeat: 'no-repeat',
    },
  };
}

/** The value with the doubtful characters marked, as the desk compares it with the page. */
function MarkedValue({ value, positions }: { value: string; positions: number[] }) {
  return (
    <Text component="span" ff="monospace" fw={600} fz="md" aria-hidden>
      {[...value.toUpperCase()].map((char, i) =>
        positions.includes(i + 1) ? (
          <mark
            key={i}
            style={{ background: HIGHLIGHT, outline: '1px solid var(--mantine-color-orange-7)' }}
          >
            {char}
          </mark>
        ) : (
          <span key={i}>{char}</span>
        ),
      )}
    </Text>
  );
}

/** Person, identity document and entry data of one guest. */
export function GuestFields({ guest, set, issues, prefix, documentSlot, doubtActions }: Props) {
  const { t, i18n } = useTranslation(['stays', 'documents', 'rules', 'camera']);
  const td = t as unknown as DynamicT;
  const numberDoubt = guest.mrzDoubts.find((d) => d.field === 'documentNumber');
  const nextNumber = numberDoubt ? nextReadingOf(guest, 'documentNumber') : null;
  const doubtText = (doubt: MrzFieldDoubt) =>
    t('camera:doubt.check', {
      count: doubt.positions.length,
      positions: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
        doubt.positions.map(String),
      ),
    });

  // A server or client issue first, then what the MRZ reading said about the field.
  const errorOf = (field: GuestField): string | undefined => {
    const path = GUEST_PATHS[field];
    const extra = field === 'documentNumber' ? [`${prefix}document`] : [];
    const fromIssues = path ? issues.error(prefix + path, ...extra) : undefined;
    if (fromIssues) return fromIssues;
    const mrz = guest.mrzIssues.find((i) => i.field === field && i.kind === 'error');
    return mrz ? td(`documents:error.${mrz.code}`, mrz.params) : undefined;
  };
  const warningOf = (field: GuestField): ReactNode => {
    const doubt = guest.mrzDoubts.find((d) => d.field === field);
    if (doubt) {
      return (
        <Text component="span" size="xs" c="orange.9" fw={500}>
          {doubtText(doubt)}
        </Text>
      );
    }
    const w = guest.mrzIssues.find((i) => i.field === field && i.kind === 'warning');
    return w ? (
      <Text component="span" size="xs" c="orange.9" fw={500}>
        {td(`documents:error.${w.code}`, w.params)}
      </Text>
    ) : undefined;
  };
  const text = (field: GuestField & keyof GuestDraft, label: string, extra: object = {}) => (
    <TextInput
      label={label}
      value={guest[field] as string}
      onChange={(e) => set(field, e.currentTarget.value as never)}
      error={errorOf(field)}
      description={warningOf(field)}
      autoComplete="off"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data-path={prefix + (GUEST_PATHS[field] ?? field)}
      {...extra}
    />
  );
  const date = (
    field: 'birthDate' | 'issueDate' | 'expiryDate' | 'entryDate' | 'visaValidUntil',
    label: string,
  ) => (
    <DateInput
      label={label}
      value={guest[field]}
      onChange={(v) => set(field, v)}
      error={errorOf(field)}
      description={warningOf(field)}
      data-path={prefix + GUEST_PATHS[field]!}
      // The portals need the date of issue and the scan cannot give it (shared/filing).
      required={field === 'issueDate' && guest.citizenship !== KAZAKHSTAN}
    />
  );
  const visaFree = DEFAULT_RULE_SETTINGS.visaFree90.includes(guest.citizenship);

  return (
    <Grid gap="xs">
      <Grid.Col span={3}>
        {text('surname', t('documents:field.surname'), {
          required: true,
          maxLength: 100,
        })}
      </Grid.Col>
      <Grid.Col span={3}>
        {text('givenNames', t('documents:field.givenNames'), { maxLength: 100 })}
      </Grid.Col>
      <Grid.Col span={2}>
        {text('patronymic', t('stays:field.patronymic'), { maxLength: 100 })}
      </Grid.Col>
      <Grid.Col span={2}>{date('birthDate', t('documents:field.birthDate'))}</Grid.Col>
      <Grid.Col span={2}>
        <NativeSelect
          label={t('documents:field.sex')}
          value={guest.sex}
          onChange={(e) => set('sex', e.currentTarget.value as GuestDraft['sex'])}
          data={[
            { value: '', label: t('stays:field.sexUnknown') },
            { value: 'M', label: t('documents:sex.M') },
            { value: 'F', label: t('documents:sex.F') },
            { value: 'X', label: t('documents:sex.X') },
          ]}
          error={errorOf('sex')}
          data-path={`${prefix}person.sex`}
        />
      </Grid.Col>

      <Grid.Col span={3}>
        <CountrySelect
          label={t('documents:field.nationality')}
          required
          value={guest.citizenship}
          onChange={(v) => set('citizenship', v)}
          error={errorOf('citizenship')}
          description={warningOf('citizenship')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          nothingFoundMessage={t('stays:form.nothingFound')}
          comboboxProps={{ width: 320, position: 'bottom-start' }}
        />
      </Grid.Col>
      {documentSlot ?? (
        <>
          <Grid.Col span={3}>
            <VmpSelect
              label={t('documents:field.documentType')}
              entries={VMP_DOCUMENT_TYPES}
              value={guest.documentType}
              onChange={(v) => set('documentType', v)}
              error={errorOf('documentType')}
              comboboxProps={{ width: 340, position: 'bottom-start' }}
            />
          </Grid.Col>
          <Grid.Col span={2}>
            {text('documentNumber', t('documents:field.documentNumber'), {
              required: true,
              maxLength: 20,
              styles: highlightStyles(numberDoubt),
            })}
          </Grid.Col>
          <Grid.Col span={2}>
            <CountrySelect
              label={t('documents:field.issuingState')}
              value={guest.issuingState}
              onChange={(v) => set('issuingState', v)}
              error={errorOf('issuingState')}
              description={warningOf('issuingState')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              nothingFoundMessage={t('stays:form.nothingFound')}
              comboboxProps={{ width: 320, position: 'bottom-start' }}
            />
          </Grid.Col>
          <Grid.Col span={2}>{date('expiryDate', t('documents:field.expiryDate'))}</Grid.Col>
          {numberDoubt && doubtActions && (
            <Grid.Col span={12}>
              <Paper
                withBorder
                p="xs"
                role="group"
                aria-label={t('camera:doubt.group')}
                style={{ borderColor: 'var(--mantine-color-orange-6)' }}
              >
                <Group gap="sm" wrap="wrap">
                  <MarkedValue value={guest.documentNumber} positions={numberDoubt.positions} />
                  <Text size="sm" style={{ flex: 1, minWidth: 240 }}>
                    {t('camera:doubt.why')}
                  </Text>
                  {nextNumber !== null && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-keyshortcuts="Alt+O"
                      onClick={() => doubtActions.other('documentNumber')}
                      rightSection={<ShortcutHint letter="O" />}
                    >
                      {t('camera:doubt.other', { reading: nextNumber })}
                    </Button>
                  )}
                  <Button
                    size="xs"
                    color="orange"
                    aria-keyshortcuts="Alt+M"
                    onClick={() => doubtActions.confirm('documentNumber')}
                    rightSection={<ShortcutHint letter="M" />}
                  >
                    {t('camera:doubt.confirm')}
                  </Button>
                </Group>
              </Paper>
            </Grid.Col>
          )}
        </>
      )}
      {!documentSlot && (
        <Grid.Col span={2}>{date('issueDate', t('stays:field.issueDate'))}</Grid.Col>
      )}
      <Grid.Col span={2}>
        {text('visaNumber', t('stays:field.visaNumber'), { maxLength: 40 })}
      </Grid.Col>
      <Grid.Col span={2}>{date('visaValidUntil', t('stays:field.visaValidUntil'))}</Grid.Col>
      <Grid.Col span={2}>
        <DateInput
          label={t('stays:field.entryDate')}
          value={guest.entryDate}
          onChange={(v) => set('entryDate', v)}
          error={errorOf('entryDate')}
          description={
            visaFree && !guest.entryDate ? (
              <Text component="span" size="xs" c="orange.9">
                {t('rules:task.flag.entry_date_missing')}
              </Text>
            ) : undefined
          }
        />
      </Grid.Col>
      <Grid.Col span={2}>
        {text('phone', t('stays:field.phone'), { maxLength: 40, type: 'tel' })}
      </Grid.Col>
      <Grid.Col span={documentSlot ? 4 : 2}>
        {text('email', t('stays:field.email'), { maxLength: 120, type: 'email' })}
      </Grid.Col>
    </Grid>
  );
}

/** Alt+letter beside a button's words; the button names its shortcut in aria-keyshortcuts. */
function ShortcutHint({ letter }: { letter: string }) {
  return (
    <span aria-hidden>
      <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">{letter}</Kbd>
    </span>
  );
}
