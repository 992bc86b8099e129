import type { FieldIssue } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useErrorText } from './use-error-text';

/**
 * The words for each field's issue: the server's (from a failed call's `api.invalid_input`) and
 * any the form found itself (two entries that differ). `unplaced`: the failure to show apart,
 * when no field took it.
 */
export function useFieldErrors(error: unknown, local: FieldIssue[] = []) {
  const { issueText } = useErrorText();
  const issues = [...(error instanceof ApiError ? (error.error.issues ?? []) : []), ...local];
  const fieldError = (field: string) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? issueText(issue) : undefined;
  };
  return { fieldError, unplaced: error && !issues.length ? error : null };
}
