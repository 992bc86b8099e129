import type {
  BoardGroup,
  FilingState,
  Language,
  Portal,
  PortalFieldKey,
  PortalFieldValue,
} from '../../../shared/contract';
import { PORTAL_FORMS } from '../../../shared/filing/portal-fields';

export const PORTAL_NAME: Record<Portal, string> = { eqonaq: 'e-Qonaq', vmp: 'vmp.gov.kz' };

/**
 * The portal's own label in the user's language; the Russian one where the portal has none in
 * it (e-Qonaq's document series exists only in Russian), as the receptionist will see it there.
 */
export const portalLabel = (field: Pick<PortalFieldValue, 'label'>, lang: Language): string =>
  field.label[lang] ?? field.label.ru;

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
