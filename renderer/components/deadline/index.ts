export { DeadlineTrace } from './DeadlineTrace';
export { NoticeBadge } from './NoticeBadge';
export { NoticeTraceButton } from './NoticeTraceButton';
export {
  deadlineDay,
  kzMoment,
  deadlineDayYear,
  noticeLabel,
  reasonText,
  traceSummary,
} from './deadline-format';
