import i18next, { type i18n } from 'i18next';
import type { Language } from '../contract/common';
import { isSystemActorName } from '../contract/system-actor';
import { common as enCommon } from './en/common';
import { common as ruCommon } from './ru/common';
import { common as kkCommon } from './kk/common';
import { calendar as enCalendar } from './en/calendar';
import { calendar as ruCalendar } from './ru/calendar';
import { calendar as kkCalendar } from './kk/calendar';
import { documents as enDocuments } from './en/documents';
import { documents as ruDocuments } from './ru/documents';
import { documents as kkDocuments } from './kk/documents';
import { rules as enRules } from './en/rules';
import { rules as ruRules } from './ru/rules';
import { rules as kkRules } from './kk/rules';
import { notifications as enNotifications } from './en/notifications';
import { notifications as ruNotifications } from './ru/notifications';
import { notifications as kkNotifications } from './kk/notifications';
import { reports as enReports } from './en/reports';
import { reports as ruReports } from './ru/reports';
import { reports as kkReports } from './kk/reports';
import { stays as enStays } from './en/stays';
import { stays as ruStays } from './ru/stays';
import { stays as kkStays } from './kk/stays';
import { notificationsUi as enNotificationsUi } from './en/notifications-ui';
import { notificationsUi as ruNotificationsUi } from './ru/notifications-ui';
import { notificationsUi as kkNotificationsUi } from './kk/notifications-ui';
import { trust as enTrust } from './en/trust';
import { trust as ruTrust } from './ru/trust';
import { trust as kkTrust } from './kk/trust';
import { camera as enCamera } from './en/camera';
import { camera as ruCamera } from './ru/camera';
import { camera as kkCamera } from './kk/camera';
import { privacy as enPrivacy } from './en/privacy';
import { privacy as ruPrivacy } from './ru/privacy';
import { privacy as kkPrivacy } from './kk/privacy';
import { auth as enAuth } from './en/auth';
import { auth as ruAuth } from './ru/auth';
import { auth as kkAuth } from './kk/auth';
import { keys as enKeys } from './en/keys';
import { keys as ruKeys } from './ru/keys';
import { keys as kkKeys } from './kk/keys';
import { desks as enDesks } from './en/desks';
import { desks as ruDesks } from './ru/desks';
import { desks as kkDesks } from './kk/desks';
import { places as enPlaces } from './en/places';
import { places as ruPlaces } from './ru/places';
import { places as kkPlaces } from './kk/places';

/** Every namespace, by language. English is the source; ru and kk are typed against it. */
export const resources = {
  en: {
    common: enCommon,
    calendar: enCalendar,
    documents: enDocuments,
    rules: enRules,
    reports: enReports,
    stays: enStays,
    'notifications-ui': enNotificationsUi,
    notifications: enNotifications,
    trust: enTrust,
    camera: enCamera,
    privacy: enPrivacy,
    auth: enAuth,
    keys: enKeys,
    desks: enDesks,
    places: enPlaces,
  },
  ru: {
    common: ruCommon,
    calendar: ruCalendar,
    documents: ruDocuments,
    rules: ruRules,
    reports: ruReports,
    stays: ruStays,
    'notifications-ui': ruNotificationsUi,
    notifications: ruNotifications,
    trust: ruTrust,
    camera: ruCamera,
    privacy: ruPrivacy,
    auth: ruAuth,
    keys: ruKeys,
    desks: ruDesks,
    places: ruPlaces,
  },
  kk: {
    common: kkCommon,
    calendar: kkCalendar,
    documents: kkDocuments,
    rules: kkRules,
    reports: kkReports,
    stays: kkStays,
    'notifications-ui': kkNotificationsUi,
    notifications: kkNotifications,
    trust: kkTrust,
    camera: kkCamera,
    privacy: kkPrivacy,
    auth: kkAuth,
    keys: kkKeys,
    desks: kkDesks,
    places: kkPlaces,
  },
} as const;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
export const DEFAULT_NS: Namespace = 'common';

/** i18next options shared by the renderer, the Electron menu and the CLI. */
export const i18nOptions = {
  resources,
  ns: NAMESPACES,
  defaultNS: DEFAULT_NS,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;

const instances = new Map<Language, i18n>();

/** Translates outside React (main process menu, CLI); `ns:key` or a key of `common`. */
export function translate(
  lang: Language,
  key: string,
  params: Record<string, unknown> = {},
): string {
  let inst = instances.get(lang);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({ ...i18nOptions, lng: lang, initAsync: false });
    instances.set(lang, inst);
  }
  return inst.t(key as never, params as never) as unknown as string;
}

/** A staff name on paper: the system actor's ("Tirkeu command line") in that language. */
export const actorName = (lang: Language, name: string): string =>
  isSystemActorName(name) ? translate(lang, 'common:systemActor') : name;
