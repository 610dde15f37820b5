/** How each cycle reads, as the documents write it: the site's calendar and the downloads use the same names. */
import type { Frequency } from './schemas/deadline.ts';

export const frequencyLabels: Record<Frequency, string> = {
  daily: '每天',
  weekly: '每周',
  biweekly: '每两周',
  monthly: '每月',
  quarterly: '每季度',
  'half-yearly': '每半年',
  yearly: '每年',
};
