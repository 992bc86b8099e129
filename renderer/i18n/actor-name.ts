import { useTranslation } from 'react-i18next';
import { isSystemActorName } from '../../shared/contract/system-actor';

/** A staff name as shown: the system actor's ("Tirkeu command line") in the reader's language. */
export function useActorName(): (name: string) => string {
  const { t } = useTranslation('common');
  return (name) => (isSystemActorName(name) ? t('systemActor') : name);
}
