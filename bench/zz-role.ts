import { matchColumnRole, isBandWord } from '../documents/vocabulary/columns.ts';
for (const w of ['年度目标', '绩效目标', '年度总体目标', '预期目标', '实际完成情况']) console.log(w, matchColumnRole(w), isBandWord(w));
