import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCalendarText } from './calendar-text';

/**
 * The owner confirms calendar days (a whole year, or past provisional days) against a source
 * they name and a box they tick: one form for both, each saying what it confirms.
 */
export function SourceConfirmForm(props: {
  intro: string;
  checkedLabel: string;
  submitLabel: string;
  /** The confirming call's error, its field issues shown where they belong. */
  error: Error | null;
  pending: boolean;
  onSubmit: (source: string) => void;
  onCancel: () => void;
}) {
  const { td, issue } = useCalendarText();
  const [checked, setChecked] = useState(false);
  const [source, setSource] = useState('');
  const issues = props.error instanceof ApiError ? (props.error.error.issues ?? []) : [];
  const sourceIssue = issues.find((i) => i.field === 'source');
  const other = issues.filter((i) => i.field !== 'source');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(source);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{props.intro}</Text>
        <TextInput
          label={td('calendar:confirm.source')}
          description={td('calendar:confirm.sourceHint')}
          required
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={sourceIssue ? issue(sourceIssue) : undefined}
          maxLength={300}
          data-autofocus
        />
        <Checkbox
          label={props.checkedLabel}
          checked={checked}
          onChange={(e) => setChecked(e.currentTarget.checked)}
        />
        {other.map((i) => (
          <Text key={i.code} size="sm" c="red.8" role="alert">
            {issue(i)}
          </Text>
        ))}
        {props.error && !issues.length && <ErrorAlert error={props.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {td('common:action.cancel')}
          </Button>
          <Button type="submit" disabled={!checked || !source.trim()} loading={props.pending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
