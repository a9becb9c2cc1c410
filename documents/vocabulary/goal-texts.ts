/**
 * Words of the goal texts written above an indicator table (年度总体目标, 长期目标 / 年度目标, 预期目标 /
 * 实际完成情况), as data: how a text opens where a table writes two of them in one run with no separator
 * (documents/text/run-together-texts.ts cuts there only when one such place exists).
 */

/**
 * Words the year's goal opens with after a long-term one: the year's work done or reached
 * ("丰富村民文化生活" + "完成4个村级文化广场建设"). A long-term goal rarely opens with them.
 */
export const yearGoalOpenings: readonly string[] = ['完成', '实现', '确保', '力争', '年内', '全年'];

/**
 * Words a result (实际完成情况) opens with after its goal: "已完成…", "截至年底…", "实际完成…", or the
 * goal it answers ("按照年初设定目标，…", the Beijing 2016 自评表's 实际完成情况).
 */
export const resultOpenings: readonly string[] = ['已', '截至', '截止', '实际完成', '累计完成', '共完成', '按照年初', '对照年初', '按年初'];
