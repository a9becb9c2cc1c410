/** 催报 from the finance overview (POST /api/reports/reminders): a unit reminded of a year's documents not yet handed in. */
import { z } from 'zod';
import { documentKinds } from '../core/model.ts';

export const unitReminderRequestSchema = z.object({
  organisationId: z.string().min(1).max(100),
  year: z.number().int().min(1990).max(2100),
  message: z.string().trim().max(500).nullish().describe('留空时按未交文档和截止日期生成'),
});

export const unitReminderSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  year: z.number(),
  kinds: z.array(z.enum(documentKinds)).describe('催报的文档种类（本年度尚未提交的）'),
  message: z.string(),
  at: z.string(),
});

export type UnitReminderRequest = z.infer<typeof unitReminderRequestSchema>;
export type UnitReminder = z.infer<typeof unitReminderSchema>;
