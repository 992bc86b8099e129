import { Alert, List, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract';
import { shippedSourceKey, type StayLimitResult, type StayLimitStep } from '../../../shared/rules';
import { formatDate } from '../../i18n/format';
import type { DynamicT } from '../use-error-text';

const DATE_PARAMS = ['date', 'entry', 'since', 'lastDay'];

/** A step of the stay-limit trace in words, its dates per locale. */
export function useStayLimitText() {
  const { t, i18n } = useTranslation('rules');
  const td = t as unknown as DynamicT;
  const lang = i18n.language as Language;
  const day = (iso: string) => formatDate(iso, lang);
  const step = (s: StayLimitStep) => {
    const params: Record<string, string> = { ...s.params };
    for (const k of DATE_PARAMS) if (params[k]) params[k] = day(params[k]);
    return td(`rules:stayLimit.step.${s.step}`, params);
  };
  const reasons = (r: Pick<StayLimitResult, 'reasons'>) =>
    r.reasons.map((x) => td(`rules:stayLimit.kind.${x.kind}`)).join(', ');
  /** A source Tirkeu ships in the desk's language; one the owner typed, as typed. */
  const source = (text: string) => {
    const key = shippedSourceKey(text);
    return key ? td(`rules:stayLimit.source.${key}`) : text;
  };
  return { td, day, step, reasons, source };
}

/** Each step of the check with its rule's source: how the last lawful day was found. */
export function StayLimitTrace({ result }: { result: StayLimitResult }) {
  const { step, source } = useStayLimitText();
  return (
    <List size="sm" spacing={2}>
      {result.trace.map((s, i) => (
        <List.Item key={i}>
          {step(s)}
          {s.source && (
            <Text component="span" size="xs" c="dimmed">
              {' '}
              ({source(s.source)})
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * domain.md §10: the stay, as planned or extended, runs past the guest's right to stay; the rule
 * and the fine (Art. 518 part 2, domain.md §6) are named. A warning only: the desk may still save.
 * `departure` is the date checked (the form's, or the dialog's); without one, today.
 */
export function StayLimitAlert({
  result,
  departure: asked,
  who,
  withTrace = true,
}: {
  result: StayLimitResult;
  departure?: string | null | undefined;
  who?: string | undefined;
  /** False where the trace is already on screen (the stay panel). */
  withTrace?: boolean;
}) {
  const { td, day, reasons } = useStayLimitText();
  const [open, setOpen] = useState(false);
  const traceId = useId();
  if (!result.lastDay) return null;
  // Without a date asked about, the one the check was made against, if it was a departure.
  const departure = asked ?? (result.checkedKind === 'departure' ? result.checkedAgainst : null);
  const exceeded = departure ? departure > result.lastDay : result.exceeded;
  if (!exceeded && (departure || !result.reminder)) return null;
  const params = {
    lastDay: day(result.lastDay),
    reason: reasons(result),
    mciFrom: String(result.fine.mciFrom),
    mciTo: String(result.fine.mciTo),
    departure: departure ? day(departure) : '',
  };
  const body = !exceeded
    ? td('rules:stayLimit.warning.reminder', params)
    : departure
      ? td('rules:stayLimit.warning.body', params)
      : td('rules:stayLimit.warning.today', params);
  return (
    <Alert
      color={exceeded ? 'orange' : 'yellow'}
      variant="light"
      role="alert"
      p="xs"
      title={
        exceeded
          ? `${td('rules:stayLimit.warning.title')}${who ? ` · ${who}` : ''}`
          : `${td('rules:stayLimit.reminderBadge')}${who ? ` · ${who}` : ''}`
      }
    >
      <Stack gap={4}>
        <Text size="sm">{body}</Text>
        {withTrace && (
          <Text
            component="button"
            type="button"
            size="xs"
            c="blue.8"
            td="underline"
            style={{
              background: 'none',
              border: 0,
              padding: 0,
              cursor: 'pointer',
              textAlign: 'left',
            }}
            aria-expanded={open}
            aria-controls={traceId}
            onClick={() => setOpen((o) => !o)}
          >
            {td('rules:stayLimit.warning.trace')}
          </Text>
        )}
        {withTrace && open && (
          <div id={traceId}>
            <StayLimitTrace result={result} />
          </div>
        )}
      </Stack>
    </Alert>
  );
}
