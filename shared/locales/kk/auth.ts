import type { auth as en } from '../en/auth';
import type { Strings } from '../types';

export const auth: Strings<typeof en> = {
  role: {
    receptionist: 'Ресепшн әкімшісі',
    auditor: 'Түнгі аудитор',
    owner: 'Иесі',
  },
  signIn: {
    title: 'Кіру',
    who: 'Кім жұмыс істейді?',
    secret: 'PIN-код немесе құпиясөз',
    submit: 'Кіру',
    noStaff: 'Әзірге ешкім кіре алмайды. Алдымен иесі PIN-код қояды.',
    wrongTitle: 'PIN-код қате',
    lockedTitle: 'Кіру уақытша бұғатталған',
    toggle: 'PIN-кодты немесе құпиясөзді көрсету не жасыру',
  },
  lock: {
    title: 'Экран бұғатталды',
    lockedFor:
      'Мұнда {{name}} жұмыс істеді. Жалғастыру үшін PIN-кодты енгізіңіз немесе қызметкерді ауыстырыңыз.',
    unlock: 'Бұғаттан шығару',
    switch: 'Қызметкерді ауыстыру',
  },
  shell: {
    signedInAs: 'Кірген: {{name}}, {{role}}',
    switch: 'Қызметкерді ауыстыру',
    changeSecret: 'PIN-кодты өзгерту',
    unsavedTitle: 'Келу сақталмаған',
    unsaved:
      'Келу формасында сақталмаған деректер бар. Қызметкерді қазір ауыстырсаңыз, олар жоғалады.',
    switchAnyway: 'Бәрібір ауыстыру',
    stay: 'Осында қалу',
  },
  setup: {
    secret: 'Сіздің PIN-кодыңыз немесе құпиясөзіңіз',
    secretHint: '4–8 цифр немесе кемінде 8 таңбалы құпиясөз. Tirkeu-ге онымен кіресіз.',
    secretRepeat: 'Қайталаңыз',
    upgradeTitle: 'PIN-код қойыңыз',
    upgradeIntro:
      'Енді Tirkeu-ге әркім өз атымен кіреді. Иесі ретінде PIN-код немесе құпиясөз қойыңыз, содан кейін қызметкерлерді «Баптаулар › Қызметкерлер» бөлімінде қосыңыз.',
    save: 'Сақтап, кіру',
  },
  secret: {
    title: 'PIN-кодты немесе құпиясөзді өзгерту',
    current: 'Қазіргі PIN-код немесе құпиясөз',
    new: 'Жаңа PIN-код немесе құпиясөз',
    changed: 'PIN-код өзгертілді.',
  },
  staff: {
    section: 'Қызметкерлер',
    title: 'Қызметкерлер және кіру',
    name: 'Аты',
    role: 'Рөлі',
    state: 'Күйі',
    active: 'Белсенді',
    inactive: 'Өшірілген',
    lockedUntil: '{{time}} дейін бұғатталған',
    noSecret: 'PIN-код жоқ',
    actions: 'Әрекеттер',
    add: 'Қызметкер қосу',
    initialSecret: 'Бастапқы PIN-код немесе құпиясөз',
    create: 'Қосу',
    created: '{{name}} енді кіре алады.',
    resetSecret: 'Жаңа PIN-код',
    resetFor: '{{name}} үшін жаңа PIN-код немесе құпиясөз',
    resetDone: '{{name}} PIN-коды өзгертілді.',
    deactivate: 'Өшіру',
    deactivateConfirm:
      '{{name}} өшірілсін бе? Ол енді кіре алмайды; тарихтағы жазбалары сақталады.',
    deactivated: '{{name}} өшірілді.',
    edit: 'Өзгерту',
    editFor: '{{name}}: аты мен рөлі',
    editButton: '{{name}}: аты мен рөлін өзгерту',
    saved: '{{name}}: өзгерістер сақталды.',
    autoLock: 'Әрекетсіз тұрғанда экранды бұғаттау (минут)',
    autoLockHint: '0 — ешқашан. Жұмыс істеген адам өз PIN-кодымен ашады.',
    autoLockSaved: 'Автобұғаттау сақталды.',
  },
};
