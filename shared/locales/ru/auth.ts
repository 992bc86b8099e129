import type { auth as en } from '../en/auth';
import type { Strings } from '../types';

export const auth: Strings<typeof en> = {
  role: {
    receptionist: 'Администратор ресепшн',
    auditor: 'Ночной аудитор',
    owner: 'Владелец',
  },
  signIn: {
    title: 'Вход',
    who: 'Кто работает?',
    secret: 'PIN-код или пароль',
    submit: 'Войти',
    noStaff: 'Пока никто не может войти. Сначала владелец задаёт PIN-код.',
    wrongTitle: 'Неверный PIN-код',
    lockedTitle: 'Вход временно заблокирован',
    toggle: 'Показать или скрыть PIN-код или пароль',
  },
  lock: {
    title: 'Экран заблокирован',
    lockedFor:
      'Сейчас здесь работает {{name}}. Введите PIN-код, чтобы продолжить, или смените сотрудника.',
    unlock: 'Разблокировать',
    switch: 'Сменить сотрудника',
  },
  shell: {
    signedInAs: 'Вход выполнен: {{name}}, {{role}}',
    switch: 'Сменить сотрудника',
    changeSecret: 'Сменить PIN-код',
    unsavedTitle: 'Заезд не сохранён',
    unsaved:
      'В форме заезда есть несохранённые данные. Если сменить сотрудника сейчас, они пропадут.',
    switchAnyway: 'Всё равно сменить',
    stay: 'Остаться',
  },
  setup: {
    secret: 'Ваш PIN-код или пароль',
    secretHint: 'От 4 до 8 цифр или пароль не короче 8 символов. С ним вы входите в Tirkeu.',
    secretRepeat: 'Повторите',
    upgradeTitle: 'Задайте PIN-код',
    upgradeIntro:
      'Теперь в Tirkeu каждый входит под своим именем. Как владелец, задайте PIN-код или пароль, затем добавьте сотрудников в «Настройки › Сотрудники».',
    save: 'Сохранить и войти',
  },
  secret: {
    title: 'Смена PIN-кода или пароля',
    current: 'Текущий PIN-код или пароль',
    new: 'Новый PIN-код или пароль',
    changed: 'PIN-код изменён.',
  },
  staff: {
    section: 'Сотрудники',
    title: 'Сотрудники и вход',
    name: 'Имя',
    role: 'Роль',
    state: 'Состояние',
    active: 'Активен',
    inactive: 'Отключён',
    lockedUntil: 'Заблокирован до {{time}}',
    noSecret: 'Нет PIN-кода',
    actions: 'Действия',
    add: 'Добавить сотрудника',
    initialSecret: 'Начальный PIN-код или пароль',
    create: 'Добавить',
    created: '{{name}} теперь может войти.',
    resetSecret: 'Новый PIN-код',
    resetFor: 'Новый PIN-код или пароль для: {{name}}',
    resetDone: 'PIN-код сотрудника {{name}} изменён.',
    deactivate: 'Отключить',
    deactivateConfirm:
      'Отключить сотрудника {{name}}? Войти под этим именем больше не получится; записи в истории сохранятся.',
    deactivated: 'Сотрудник {{name}} отключён.',
    edit: 'Изменить',
    editFor: 'Имя и роль: {{name}}',
    editButton: 'Изменить имя и роль: {{name}}',
    saved: 'Изменения для {{name}} сохранены.',
    autoLock: 'Блокировать экран при бездействии (минут)',
    autoLockHint: '0 — никогда. Разблокирует тот, кто работал, своим PIN-кодом.',
    autoLockSaved: 'Автоблокировка сохранена.',
  },
};
