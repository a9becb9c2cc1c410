import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultOpenings, yearGoalOpenings } from '../vocabulary/goal-texts.ts';
import { isOneNumberedList, splitRunTogetherTexts } from './run-together-texts.ts';

describe('splitRunTogetherTexts', () => {
  it.each([
    ['the same text in both cells', '建成3处游园建成3处游园', 2, yearGoalOpenings, ['建成3处游园', '建成3处游园']],
    ['a numbered list starting again', '1、修缮祠堂2、整治巷道1、修缮祠堂2处2、整治巷道800米', 2, yearGoalOpenings, ['1、修缮祠堂2、整治巷道', '1、修缮祠堂2处2、整治巷道800米']],
    ['a list in brackets starting again', '（1）河道清淤（2）堤岸加固（1）清淤12公里', 2, yearGoalOpenings, ['（1）河道清淤（2）堤岸加固', '（1）清淤12公里']],
    ['one sentence end inside the run', '改善灌区供水条件，降低漏损。年内完成渠道衬砌6公里。', 2, yearGoalOpenings, ['改善灌区供水条件，降低漏损。', '年内完成渠道衬砌6公里。']],
    ['the one place where the year’s goal opens', '提高学前教育普及水平完成2所幼儿园扩建', 2, yearGoalOpenings, ['提高学前教育普及水平', '完成2所幼儿园扩建']],
    ['two opening words in a row, one cell', '形成长效管护机制全年完成管护林地300亩', 2, yearGoalOpenings, ['形成长效管护机制', '全年完成管护林地300亩']],
    ['a result opening with 已', '完成老旧小区改造5个已改造5个小区并通过验收', 2, resultOpenings, ['完成老旧小区改造5个', '已改造5个小区并通过验收']],
    ['a result restating the goal’s words', '完成全县供水工程维修任务，保障群众饮水安全全县供水工程维修任务全部完成，群众饮水有保障', 2, resultOpenings, ['完成全县供水工程维修任务，保障群众饮水安全', '全县供水工程维修任务全部完成，群众饮水有保障']],
    ['three cells, two sentence ends', '中期建成体系。本年完成选址。调整后完成选址和设计。', 3, yearGoalOpenings, ['中期建成体系。', '本年完成选址。', '调整后完成选址和设计。']],
  ])('cuts %s', (_case, text, count, openings, parts) => {
    expect(splitRunTogetherTexts(text, count, openings)).toEqual(parts);
  });

  it.each([
    ['no mark at all between goal and result', '保障图书按月采购，完成阅览室开放任务图书采购全部到位，阅览室按时开放', resultOpenings],
    ['two places where the year’s goal could open', '逐步实现道路硬化全覆盖完成12公里道路硬化', yearGoalOpenings],
    ['an opening word after a comma (a clause of the same cell)', '加强水源保护，完成水源地标识设置', yearGoalOpenings],
    ['two sentence ends in each cell and no other mark', '建成网络。覆盖全县。建成站点。覆盖乡镇。', yearGoalOpenings],
    ['a restated run of few characters', '维护河堤安全河堤安全有保障', resultOpenings],
    ['a repeat of one character', '农农农农农农农农农农农农农', resultOpenings],
    ['a restated run right after a comma (a clause of the same cell)', '完成河堤巡护里程，巡护里程达标率提高', resultOpenings],
    ['a figure with a decimal point, no list', '投资1.5亿元建成园区投资0.8亿元建成一期', ['投资1']],
  ])('cuts nothing with %s', (_case, text, openings) => {
    expect(splitRunTogetherTexts(text, 2, openings)).toBeNull();
  });

  it('reads one text as itself and an empty run as none', () => {
    expect(splitRunTogetherTexts(' 完成培训300人次 ', 1, yearGoalOpenings)).toEqual(['完成培训300人次']);
    expect(splitRunTogetherTexts('  ', 2, yearGoalOpenings)).toBeNull();
  });
});

describe('splitRunTogetherTexts, as a property', () => {
  // Characters of no mark the rules read: no sentence end, list start, clause mark or opening word.
  const plain = fc.string({ unit: fc.constantFrom(...'农田灌溉渠道修缮维护村组道路硬化提升改善群众出行条件设施安装验收合格率达到标准万元公里座个'.split('')), minLength: 1, maxLength: 30 });

  it('cuts two texts at the sentence end between them, whatever they say', () => {
    fc.assert(
      fc.property(plain, plain, (goal, result) => {
        expect(splitRunTogetherTexts(`${goal}。${result}。`, 2, resultOpenings)).toEqual([`${goal}。`, `${result}。`]);
      }),
    );
  });

  it('cuts where the result opens with 已 and nowhere else', () => {
    fc.assert(
      fc.property(plain, plain, (goal, result) => {
        expect(splitRunTogetherTexts(`${goal}已${result}`, 2, resultOpenings)).toEqual([goal, `已${result}`]);
      }),
    );
  });

  it('cuts nothing from a run that shows no cut, unless it is one text twice', () => {
    fc.assert(
      fc.property(plain, (run) => {
        const parts = splitRunTogetherTexts(run, 2, yearGoalOpenings);
        if (parts !== null) expect(parts).toEqual([run.slice(0, run.length / 2), run.slice(run.length / 2)]);
        if (parts !== null) expect(parts[0]).toBe(parts[1]);
      }),
    );
  });
});

describe('one numbered list, one cell', () => {
  it.each([
    ['一是推广良种6000亩;二是建设示范田300亩', true],
    ['一是推广良种；二是建设示范田；三是开展培训', true],
    ['1、修缮祠堂；2、整治巷道800米', true],
    // A sentence end followed by no later item parts two texts.
    ['一是推广良种6000亩。已推广6000亩', false],
    ['推广良种6000亩;建设示范田300亩', false],
    ['一是推广良种6000亩', false],
  ])('tells %s: %s', (text, isList) => {
    expect(isOneNumberedList(text)).toBe(isList);
  });

  it('never cuts a list at the sentence end before its next item', () => {
    expect(splitRunTogetherTexts('一是推广良种6000亩;二是建设示范田300亩', 2, resultOpenings)).toBeNull();
    expect(splitRunTogetherTexts('推广良种6000亩;建设示范田300亩', 2, resultOpenings)).toEqual(['推广良种6000亩;', '建设示范田300亩']);
  });
});
