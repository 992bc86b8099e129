import type {
  BoardGroup,
  FilingState,
  Language,
  Portal,
  PortalFieldKey,
  PortalFieldValue,
} from '../../../shared/contract';
import i18next from 'i18next';
import { PORTAL_FORMS } from '../../../shared/filing/portal-fields';

export const PORTAL_NAME: Readonly<Record<Portal, string>> = {
  eqonaq: 'e-Qonaq',
  vmp: 'vmp.gov.kz',
  // Paper has no name of its own: it is said in the user's language, read when shown.
  get paper(): string {
    return i18next.t('notifications:portal.paper' as never) as unknown as string;
  },
};

/**
 * A field's name in the user's language: the portal's own label, else Tirkeu's words for it
 * (e-Qonaq's document series has only a Russian label, even on its kk and en pages).
 */
export const portalLabel = (
  field: Pick<PortalFieldValue, 'key' | 'label'>,
  lang: Language,
): string => {
  const own = field.label[lang];
  if (own) return own;
  const key = `notifications-ui:portalField.${field.key}`;
  return i18next.exists(key, { lng: lang })
    ? (i18next.t(key as never, { lng: lang } as never) as unknown as string)
    : field.label.ru;
};

/** The portal's Russian label where it has none in the user's language (shown beside ours). */
export const portalOwnLabel = (field: Pick<PortalFieldValue, 'label'>, lang: Language) =>
  field.label[lang] ? null : field.label.ru;

/** A field's label on a portal's form, by key (for "needs data" rows). */
export function fieldLabelOf(portal: Portal, key: PortalFieldKey, lang: Language): string {
  const spec = PORTAL_FORMS[portal].find((f) => f.key === key);
  return spec ? portalLabel(spec, lang) : key;
}

export const GROUP_KEY: Record<BoardGroup, string> = {
  overdue: 'notifications:group.overdue',
  due_today: 'notifications:group.due_today',
  due_next: 'notifications:group.due_next',
  later: 'notifications:group.later',
  filed_no_proof: 'notifications:group.filed_no_proof',
  needs_data: 'notifications:group.needs_data',
};

export const STATE_KEY: Record<FilingState, string> = {
  owed: 'notifications:state.owed',
  in_progress: 'notifications:state.in_progress',
  filed_no_proof: 'notifications:state.filed_no_proof',
  no_pdf: 'notifications:state.no_pdf',
  proven: 'notifications:state.proven',
};
