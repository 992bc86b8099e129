import { Button, Group, Kbd, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './notifications.module.css';
import { useCopySequence, type CopyValue } from './use-copy-sequence';

export interface PortalValue extends CopyValue {
  /** The portal's own label (Russian) where it has none in the user's language. */
  portalLabel?: string | null;
  /** The portal does not require it. */
  optional: boolean;
  /** Required and not recorded: filing cannot be completed without it. */
  missing: boolean;
}

export interface ValueSection {
  key: string;
  /** A caption for the table: whose values these are. */
  caption: string;
  /** A visible heading (a child's name in VMP's children section); none for the guest. */
  heading?: string;
  values: PortalValue[];
}

/**
 * The guest's values in the portal's order, with the portal's labels, each with a copy button;
 * then, on VMP, each child on the guest's document. One copy sequence runs through them all.
 */
export function PortalValues({
  sections,
  onAllCopied,
}: {
  sections: ValueSection[];
  /** Copy-next has run out: the last value is copied, or Alt+C found nothing left. */
  onAllCopied?: () => void;
}) {
  const { t } = useTranslation('notifications-ui');
  const values = useMemo(() => sections.flatMap((s) => s.values), [sections]);
  const seq = useCopySequence(values, onAllCopied);
  const next = seq.nextIndex >= 0 ? values[seq.nextIndex] : undefined;
  const lastValue = seq.last ? values.find((v) => v.key === seq.last?.key) : undefined;

  return (
    <div>
      <Group justify="space-between" gap="xs" mb={6} wrap="nowrap" align="flex-start">
        <Text size="sm" className={classes.shortcutHint}>
          <Kbd size="xs">Alt</Kbd> + <Kbd size="xs">C</Kbd> {t('values.shortcut')}
        </Text>
        {seq.copied.size > 0 && (
          <Button size="compact-xs" variant="subtle" onClick={seq.restart}>
            {t('values.restart')}
          </Button>
        )}
      </Group>
      <Text size="sm" role="status" className={classes.copyStatus}>
        {lastValue
          ? seq.last?.ok
            ? t('values.copiedValue', { label: lastValue.label, value: lastValue.value })
            : t('values.copyFailed', { label: lastValue.label })
          : ''}
        {lastValue && ' '}
        {next ? t('values.nextIs', { label: next.label }) : lastValue ? t('values.allCopied') : ''}
      </Text>
      {sections.map((section) => {
        const offset = values.indexOf(section.values[0]!);
        return (
          <div key={section.key}>
            {section.heading && (
              <Text component="h4" fw={600} size="sm" mt="sm" mb={2}>
                {section.heading}
              </Text>
            )}
            <table className={classes.values}>
              <caption className={classes.visuallyHidden}>{section.caption}</caption>
              <thead className={classes.visuallyHidden}>
                <tr>
                  <th scope="col">{t('values.field')}</th>
                  <th scope="col">{t('values.value')}</th>
                  <th scope="col">{t('values.copy')}</th>
                </tr>
              </thead>
              <tbody>
                {section.values.map((v, j) => (
                  <ValueRow
                    key={v.key}
                    v={v}
                    isNext={offset + j === seq.nextIndex}
                    done={seq.copied.has(v.key)}
                    onCopy={() => void seq.copy(offset + j)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}

function ValueRow(props: { v: PortalValue; isNext: boolean; done: boolean; onCopy: () => void }) {
  const { t } = useTranslation('notifications-ui');
  const { v, isNext, done } = props;
  return (
    <tr data-next={isNext || undefined} data-missing={v.missing || undefined}>
      <th scope="row">
        {v.label}
        {v.optional && <span className={classes.optional}> {t('values.optional')}</span>}
        {v.portalLabel && (
          // What the receptionist will find on the portal's page: marked as its words, in Russian.
          <span className={classes.portalOwn}>
            {t('values.portalOwn')} <span lang="ru">«{v.portalLabel}»</span>
          </span>
        )}
      </th>
      <td className={classes.value}>
        {v.value !== '' ? (
          <span className={classes.mono}>{v.value}</span>
        ) : v.missing ? (
          <Text span size="sm" c="red.9" fw={600}>
            {t('values.missing')}
          </Text>
        ) : (
          <Text span size="sm" c="dark.3">
            —
          </Text>
        )}
        {isNext && (
          <Text span size="xs" className={classes.nextMark}>
            {t('values.next')}
          </Text>
        )}
      </td>
      <td className={classes.copyCell}>
        {v.value !== '' && (
          <Button
            size="compact-xs"
            variant={done ? 'light' : 'default'}
            color={done ? 'teal' : undefined}
            aria-label={t('values.copyLabel', { label: v.label })}
            onClick={props.onCopy}
          >
            {done ? t('values.copied') : t('values.copy')}
          </Button>
        )}
      </td>
    </tr>
  );
}
