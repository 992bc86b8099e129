export { DeadlineTrace } from './DeadlineTrace';
export { NoticeBadge } from './NoticeBadge';
export { NoticeTraceButton } from './NoticeTraceButton';
export {
  deadlineDay,
  deadlineDayYear,
  noticeLabel,
  reasonText,
  traceSummary,
} from './deadline-format';
