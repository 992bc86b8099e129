import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/contract';
import { ApiError } from '../../api/client';
import { useErrorText, type DynamicT } from '../../components/use-error-text';

/**
 * Field issues from the last attempt (client checks or the server's `invalid_input`), looked up
 * by contract path. Codes of the stays contract have their words in `stays:issue`; the rest fall
 * back to the shared translations.
 */
export function useIssues(
  local: FieldIssue[],
  serverError: unknown,
  /** Paths edited since the attempt: their old issues no longer apply. */
  edited: readonly string[] = [],
) {
  const { t, i18n } = useTranslation();
  const { issueText } = useErrorText();
  const td = t as unknown as DynamicT;
  const server = serverError instanceof ApiError ? (serverError.error.issues ?? []) : [];
  const all = [...local, ...server].filter((i) => !edited.includes(i.field));
  const text = (issue: FieldIssue): string => {
    const own = `stays:issue.${issue.code}`;
    return i18n.exists(own) ? td(own, issue.params) : issueText(issue);
  };
  const error = (...paths: string[]): string | undefined => {
    const issue = all.find((i) => paths.includes(i.field));
    return issue ? text(issue) : undefined;
  };
  return { all, error, text };
}

export type IssueLookup = ReturnType<typeof useIssues>;
