import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, Language } from '../../../shared/contract';
import { formatDate } from '../../i18n/format';

export const IDENTITY_CODES = ['guest.document_holder_differs', 'guest.same_name_birth'];

export interface IdentityAnswer {
  identity: 'same_person' | 'other_person';
  guestId: number | null;
}

interface Props {
  issue: FieldIssue;
  documentNumber: string;
  onAnswer: (answer: IdentityAnswer) => void;
  /** The form's question takes the cursor; a kept check-in's (In house) leaves it be. */
  focusOnShow?: boolean;
}

/**
 * The server found a recorded guest who may be this person and asks before it saves: a document
 * on record under another name, or the same name and birth date under another document.
 */
export function IdentityQuestion({ issue, documentNumber, onAnswer, focusOnShow = true }: Props) {
  const { t, i18n } = useTranslation('stays');
  const lang = i18n.language as Language;
  const first = useRef<HTMLButtonElement>(null);
  // The question is the field at fault: the cursor goes to its first answer.
  useEffect(() => {
    if (focusOnShow) first.current?.focus();
  }, [issue, focusOnShow]);
  const p = issue.params ?? {};
  const name = String(p.name ?? '');
  const born = p.birthDate ? t('match.born', { date: formatDate(String(p.birthDate), lang) }) : '';
  const byDocument = issue.code === 'guest.document_holder_differs';
  const title = byDocument
    ? t('identity.documentTitle', { number: documentNumber, name, born })
    : t('identity.nameTitle', { name, born });
  const guestId = typeof p.guestId === 'number' ? p.guestId : null;
  return (
    <Alert
      color="yellow"
      variant="light"
      p="xs"
      role="group"
      aria-label={title}
      title={title}
      data-identity-question
    >
      <Text size="sm" mb={6}>
        {t(byDocument ? 'identity.documentText' : 'identity.nameText')}
      </Text>
      <Group gap="xs">
        <Button
          ref={first}
          size="xs"
          onClick={() =>
            onAnswer({ identity: 'same_person', guestId: byDocument ? null : guestId })
          }
        >
          {t(byDocument ? 'identity.sameCorrected' : 'identity.same')}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => onAnswer({ identity: 'other_person', guestId: null })}
        >
          {t('identity.other')}
        </Button>
      </Group>
    </Alert>
  );
}
