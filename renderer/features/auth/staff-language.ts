import i18next from 'i18next';
import type { Language, SignedIn } from '../../../shared/contract';
import { call } from '../../api/client';
import { changeLanguage, rememberLanguage } from '../../i18n';

// A desk PC is shared by people who read different languages: each staff member's choice is
// remembered with them (settings.setLanguage) and follows them to the sign-in.

let chosenBeforeSignIn: Language | null = null;

/** A language picked where nobody is signed in (sign-in, welcome): for whoever signs in next. */
export function chooseBeforeSignIn(language: Language): void {
  chosenBeforeSignIn = language;
}

/**
 * Right after a sign-in (session-store's signedIn, whichever screen it came from): a language just
 * picked on the sign-in screen is what this person wants, and is remembered as theirs; else their
 * remembered language, if they have one, replaces this machine's.
 */
export function adoptStaffLanguage(session: Pick<SignedIn, 'language'>): void {
  const chosen = chosenBeforeSignIn;
  chosenBeforeSignIn = null;
  if (chosen) {
    void call('settings.setLanguage', { language: chosen }).catch(() => undefined);
  } else if (session.language && session.language !== i18next.language) {
    void changeLanguage(session.language);
    rememberLanguage(session.language);
  }
}
