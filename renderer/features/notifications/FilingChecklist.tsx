import { Checkbox, Progress, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChecklistStep {
  id: string;
  label: string;
  hint?: string;
}

interface Props {
  title: string;
  steps: ChecklistStep[];
  done: ReadonlySet<string>;
  onToggle: (stepId: string, done: boolean) => void;
  disabled?: boolean;
}

/** The portal's steps, ticked as they are done; progress is saved with the notice. */
export function FilingChecklist({ title, steps, done, onToggle, disabled }: Props) {
  const { t } = useTranslation('notifications-ui');
  const headingId = useId();
  const count = steps.filter((s) => done.has(s.id)).length;
  return (
    <fieldset aria-labelledby={headingId} style={{ border: 0, padding: 0, margin: 0 }}>
      <Text id={headingId} component="legend" fw={600} size="sm" mb={4}>
        {title}
      </Text>
      <Text size="xs" c="dark.5" mb={4}>
        {t('checklist.progress', { done: count, total: steps.length })}
      </Text>
      <Progress
        value={steps.length ? (count / steps.length) * 100 : 0}
        size="sm"
        color="teal"
        mb="xs"
        aria-hidden="true"
      />
      <Stack gap={4}>
        {steps.map((s, i) => (
          <Checkbox
            key={s.id}
            checked={done.has(s.id)}
            disabled={disabled}
            onChange={(e) => onToggle(s.id, e.currentTarget.checked)}
            label={`${i + 1}. ${s.label}`}
            description={s.hint}
            size="xs"
            styles={{ label: { fontSize: 'var(--mantine-font-size-sm)' } }}
          />
        ))}
      </Stack>
    </fieldset>
  );
}
