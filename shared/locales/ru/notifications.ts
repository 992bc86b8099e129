import type { Strings } from '../types';
import type { notifications as enNotifications } from '../en/notifications';

export const notifications: Strings<typeof enNotifications> = {
  state: {
    owed: 'Не подано',
    in_progress: 'Подача начата',
    filed_no_proof: 'Подано, нет подтверждения',
    no_pdf: 'Принято без PDF: подайте снова',
    proven: 'Подано, есть подтверждение',
  },
  group: {
    overdue: 'Просрочено',
    due_today: 'Срок сегодня',
    due_next: 'Срок в следующий рабочий день',
    later: 'Позже',
    filed_no_proof: 'Поданы без подтверждения',
    needs_data: 'Не хватает данных',
  },
  kind: {
    host_notice: 'Уведомление о пребывании',
    guest_self_registration: 'Регистрация самим гостем (приказ № 923)',
    host_confirmation: 'Подтверждение принимающей стороны (приказ № 923)',
  },
  portal: {
    eqonaq: 'e-Qonaq',
    vmp: 'ВМП (vmp.gov.kz)',
  },
  step: {
    eqonaq: {
      sign_in: 'Войдите в e-Qonaq (ЭЦП или логин и пароль)',
      add_guest: 'Добавьте гостя',
      enter_values: 'Введите данные гостя по порядку',
      submit: 'Отправьте',
      download_pdf: 'Скачайте PDF уведомления',
    },
    vmp: {
      sign_in: 'Войдите на vmp.gov.kz с ЭЦП',
      choose_service: 'Выберите «Уведомление о пребывании иностранца»',
      enter_values: 'Введите данные иностранца',
      enter_children: 'Добавьте детей, вписанных в этот документ',
      sign_eds: 'Подпишите ЭЦП',
      download_pdf: 'Примерно через 15 минут скачайте PDF уведомления в личном кабинете',
    },
  },
  portal_note: {
    eqonaq_check_in_too_old:
      'e-Qonaq принимает заезд только сегодняшний или за два предыдущих дня: подайте это уведомление на vmp.gov.kz.',
  },
  late_one: 'Подано с опозданием на {{count}} рабочий день',
  late_few: 'Подано с опозданием на {{count}} рабочих дня',
  late_many: 'Подано с опозданием на {{count}} рабочих дней',
  late_other: 'Подано с опозданием на {{count}} рабочего дня',
  proof: {
    mismatch: 'Этот PDF — на {{found}}, а не на {{expected}}.',
    not_named: 'В этом PDF не упоминается {{expected}}.',
    no_text:
      'В этом PDF нет текста для проверки (возможно, это скан). Убедитесь, что это уведомление на {{expected}}.',
  },
  reminder: {
    title: 'Уведомления к подаче',
    overdue_one: '{{count}} просрочено',
    overdue_few: '{{count}} просрочено',
    overdue_many: '{{count}} просрочено',
    overdue_other: '{{count}} просрочено',
    due_today_one: '{{count}} со сроком сегодня',
    due_today_few: '{{count}} со сроком сегодня',
    due_today_many: '{{count}} со сроком сегодня',
    due_today_other: '{{count}} со сроком сегодня',
  },
  error: {
    reason: { required: 'Укажите причину (не менее 3 символов)' },
    file: { id: 'Ссылка на файл недействительна. Прикрепите файл ещё раз.' },
    filing: {
      not_owed: 'Это не уведомление, которое подаётся на портале.',
      already_filed: 'Это уведомление уже подано.',
      not_filed: 'Это уведомление ещё не отмечено как поданное.',
      no_proof: 'К этой подаче не прикреплён PDF.',
      has_proof: 'PDF уже прикреплён. Сначала удалите его, указав причину.',
      unknown_step: 'Такого шага нет в списке портала.',
      unknown_staff: 'Такой сотрудник не найден.',
      no_change: 'Ничего не изменено.',
      not_a_task: 'Это не задача по приказу № 923.',
      cancelled: 'Это уведомление отменено вместе с проживанием.',
    },
    proof: {
      not_pdf: 'Этот файл — не PDF.',
      unreadable: 'Этот PDF не читается. Скачайте его с портала ещё раз.',
    },
    report: {
      already_signed: 'Этот отчёт уже подписан.',
    },
    sheet: { no_task: 'Этому гостю не нужно регистрироваться по приказу № 923.' },
  },
  report: {
    title: 'Отчёт за смену',
    hotel: 'Гостиница',
    produced: 'Составлен {{at}}, {{name}}',
    in_house_title: 'Иностранные гости, проживающие сейчас',
    open_title: 'Неподанные уведомления',
    none: 'Нет.',
    col: {
      room: 'Номер',
      guest: 'Гость',
      citizenship: 'Гражданство',
      document: 'Документ',
      check_in: 'Заезд',
      notice: 'Уведомление',
      state: 'Состояние',
      deadline: 'Срок',
    },
    no_deadline: 'без срока',
    departed: 'выехал',
    filed_no_proof: 'Поданы, но PDF-подтверждение ещё не прикреплено: {{count}}',
    sign_off: 'Ночной аудитор: ______________________   Время: __________',
    page: 'Страница {{page}} из {{pages}}',
  },
  sheet: {
    title: 'Ваша регистрация в Казахстане',
    intro:
      '{{name}}, вы въехали в Казахстан {{entry}} без визы. По приказу № 923 вы должны сами зарегистрировать своё пребывание.',
    deadline: 'Зарегистрируйтесь до: {{date}}',
    how: 'Как: на egov.kz или в мобильном приложении eGov либо в миграционной полиции. Возьмите паспорт.',
    host: 'Гостиница уведомила миграционную полицию о вашем пребывании по адресу {{address}}; это не заменяет вашу собственную регистрацию.',
    questions: 'Вопросы? Обратитесь на ресепшн.',
  },
};
