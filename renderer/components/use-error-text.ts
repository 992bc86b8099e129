import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../shared/contract';
import { ApiError } from '../api/client';

/** `t` for keys built at run time from stable codes (error and issue codes). */
export type DynamicT = (key: string | string[], params?: Record<string, unknown>) => string;

/** Translates an API failure, and a field issue by its code wherever its words live. */
export function useErrorText() {
  const { t } = useTranslation();
  const td = t as unknown as DynamicT;
  const errorText = (err: unknown): string =>
    err instanceof ApiError
      ? td(`errors.${err.error.code}`, err.error.params)
      : td('errors.internal');
  const issueText = (issue: FieldIssue): string =>
    td(
      [
        `common:issue.${issue.code}`,
        `documents:error.${issue.code}`,
        `rules:error.${issue.code}`,
        `notifications:error.${issue.code}`,
        'common:issue.invalid_type',
      ],
      issue.params,
    );
  return { errorText, issueText };
}
