/**
 * Words of narrative reports (自评报告, 评价报告, 监控报告), as data: how a report states its total
 * score and grade, how a unit's name ends, what a title names as its project, column letters
 * copied into money sentences. The readers are documents/text/report-*.ts.
 */
/** A column letter or formula copied from a table into a label: "全年预算数（B）", "执行率（C/B）". */
export const reportColumnLetter = /[（(][A-Za-z](?:\s*[/÷×*+-]\s*[A-Za-z])?(?:\s*[×*]\s*100%)?[）)]/g;

/**
 * The total score a report states in its narrative: "自评得分为96.2分", "综合得分92.5分", "评价得分：
 * 83.60分", "自评总分为91.00分". A bare 总分 is left out ("总分100分" states the scale). A part's
 * score ("决策类指标得分17.20分") is no total: reportPartScoreLeadIn rejects the words before it.
 */
// "自评分为100分" (自评分 without 得), "该项目得分88分", "经自评，得分88分": the total named by its subject.
// "最终评分92分", "自评打分92分", "评分结果为86分"; "自评结果：得分78分，等级中" (得分 after a conclusion's label);
// "自评结果为92分", "自评得92分", "自评88.5分": a figure in 分 right after 自评 (a count or year is no score);
// "自评等级为“优”，得分92分", "满分100分，实际得分92分": a bare 得分 right after the grade or the whole scale.
export const reportScoreStatement =
  /(?:自评|综合|评价|绩效|考评|考核|评估)(?:总)?(?:得分|评分|总分|分数|打分)|(?:自评|评价)结果(?=为?[:：]?\d)|(?:自评|评价)得(?=\d)|自评(?=\d{1,3}(?:\.\d{1,2})?分)|总得分|总评分|得分合计|(?:最终|总体|整体)(?:得分|评分)|(?:评分|打分)结果|(?:自评|评价)分值|自评分(?=为|是|[:：]|\d)|(?:该|本)(?:项目|部门|单位|资金|专项)(?:最终|综合)?(?:得分|评分)|(?<=经(?:单位)?(?:自评|评价|综合评价|考评|评审)[，,]?|(?:自评|评价)(?:结果|结论)[:：]|(?:等级|等次|结果|结论)(?:为|是)?[“"「『‘【']?(?:优秀|良好|中等|较差|优|良|中|差)[”"」』’】']?[，,]|(?:满分|总分)(?:为)?100分[，,])(?:最终|实际)?得分/g;
/**
 * What may stand between a score label and its figure ("为", "结果为", "：", "达到", a note in brackets:
 * "自评得分（百分制）为90.5分"); group 1 is the score. The figure ends in 分, or without it at a
 * comma, bracket or the sentence end ("综合得分92.5，等级为优"); "得分率95%" and "90以上" are no score.
 * Group 2 is a score in Chinese numerals, which always ends in 分 ("自评得分为九十五点五分").
 */
export const reportScoreFigure =
  /^(?:[（(][^（）()]{0,12}[）)])?(?:结果)?(?:为|是|达到|达|共计|合计)?[:：]?\s*(?:(\d{1,3}(?:\.\d{1,2})?)\s*(?:分|(?=[，,、（(]|$))|([零〇一二两三四五六七八九十百]{1,6}(?:点[零〇一二三四五六七八九]{1,2})?)分)/;
/** Words right after a score figure that make it a band edge of the scoring rule ("综合评分90分以上为优"). */
export const reportScoreThreshold = /^(?:以上|以下|及以上|及以下|[（(]含|至|[-～~—])/;
/** Words right before a score label that make it a part's score (指标, 类, 一级 …), not the total. */
export const reportPartScoreLeadIn = /(?:指标|类|部分|维度|方面|环节|分项|单项|满分|权重)$/;

/**
 * The grade a report states: a label ("评价等级", "自评等次", "绩效评级", "自评结果") followed by the
 * grade word ("评价等级为“优”", "自评结果为“优秀”"), or a grade word before 等级 ("评定为“良好”等级").
 * A bare 等级/等次/评级 (no 评价 or 自评 in front) counts only in a sentence that states a score, or
 * right after one ("自评得分：95分" / "等级：优秀").
 */
export const reportGradeLabel =
  /(?:评价|自评|绩效|综合|考评|评估|评定)(?:结果)?(?:等级|等次|评级|级别)|(?:自评|评价|考评|评估|评定)(?:结果|结论)|(?:总体|综合|整体)评价|(?:综合|最终)评定(?=为)|等级|等次|评级/g;
/**
 * After a grade label: the grade word, closed by a quote, 等级, punctuation or the line end (not "优化").
 * A letter grade counts only with its grade word in brackets ("A级（优秀）"): a bare "A" names no grade of
 * the model (优 良 中 差) unless the report says which, and regions' letter scales differ.
 */
export const reportGradeAfterLabel =
  /^(?:评定|确定)?(?:为|是|属于)?[:：]?\s*(?:[A-D][+＋]?(?:级|等)?[（(])?[“"「『‘【']?(优秀|良好|中等|一般|较差|优|良|中|差)(?=[”"」』’】')）]|等|级|[，,。；;、\s(（]|$)/;
/**
 * Words right before a grade label that make it another judgement's result, not the grade:
 * "服务对象满意度评价结果为“良好”", "问卷调查结果为优".
 */
// "项目风险等级为中", "工程质量等级为优良", "信用等级A": another measure's grade.
export const reportPartGradeLeadIn = /(?:满意度|指标|调查|问卷|测评|风险|安全|信用|资质|质量|预警|公路|道路)$/;
/**
 * A letter grade alone after a grade label (group 1): "评价等级为A级", "等级：B", "自评等级：C。". The model's
 * grades are 优 良 中 差, so a letter is read only through the scale the report states (reportLetterScale*).
 */
export const reportLetterGradeAfterLabel =
  /^(?:评定|确定)?(?:为|是|属于)?[:：]?\s*[“"「『‘【']?([A-E])[+＋]?(?:级|等)?[”"」』’】']?(?=[，,。；;、\s]|$)/;
/** A letter scale's pair written letter first (groups: letter, word): "A（优秀）", "A级为优", "B级：良好". */
export const reportLetterScaleLetterFirst =
  /(?<![A-Za-z])([A-E])(?:级|等|档)?\s*(?:[（(]|为|即|对应|[:：])\s*[“"]?(优秀|良好|中等|较差|不合格|合格|优|良|中|差)/g;
/** A letter scale's pair written word first (groups: word, letter): "优秀（A级）", "良好(B)". */
export const reportLetterScaleWordFirst =
  /(优秀|良好|中等|较差|不合格|合格|优|良|中|差)(?:等级|等次|级)?\s*[（(]\s*([A-E])(?:级|等)?\s*[)）]/g;
/** A grade word before 等级: "评定为“良好”等级", "为优秀等次", "属于优秀档次". */
export const reportGradeBeforeLabel =
  /(?:评定|评为|为|属于|达到)\s*[“"「『‘【]?(优秀|良好|中等|一般|优|良|中|差)[”"」』’】]?(?:等级|等次|档次)/;
/**
 * A grade word after 评为 closing its clause, with no 等级 after it ("自评得分82分，被评为良好。"): read only in
 * a sentence stating the score, as a bare 等级 is ("被评为优秀" alone may be an award).
 */
export const reportGradeRatedWithScore =
  /评(?:定)?为\s*[“"「『‘【]?(优秀|良好|中等|一般|较差|优|良|中|差)[”"」』’】]?(?=[，,。；;]|$)/;
/** A row label of a conclusion table in a report ("自评得分 | 100 | 93.5"): its last figure is the total. */
// "项目总得分" / "89": the last row of a 考评 form's 得分表 of 一级 scores (Anhui 预算支出项目绩效考评报告).
export const reportScoreRowLabel =
  /^(?:自评|综合|评价|绩效|考评)?(?:得分|总分|评分)(?:合计)?$|^得分合计$|^(?:项目|部门|整体)?总得分$/;
/** A row label of a conclusion table whose last grade word is the grade ("自评等级 | 优"). */
export const reportGradeRowLabel = /^(?:自评|评价|绩效|综合)?(?:等级|等次|评级)$/;

/** The grade in brackets right after the score: "自评得分89.5分（良）". */
export const reportGradeAfterScore = /\d分[（(](优秀|良好|中等|一般|优|良|中|差)[)）]/;

/**
 * A clause about one level's share of the funds ("中央资金年初预算420万元，全年执行408.6万元；"):
 * its figures are parts, not the project's budget, which the report states as a 合计 elsewhere.
 */
export const reportLevelPartClause =
  /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?(?:其中[:：，,]?)?(?:中央|省级?|市级?|县级?|区级?|乡镇|上级|本级)(?:财政)?(?:补助|配套|衔接|专项)?资金/;

/** Grade words as reports write them → the model's grade (财预〔2020〕10号: 优 良 中 差). */
export const reportGradeWords: Readonly<Record<string, '优' | '良' | '中' | '差'>> = {
  优秀: '优',
  优: '优',
  良好: '良',
  良: '良',
  中等: '中',
  中: '中',
  // 优秀/良好/一般/较差 schemes: 一般 is the third grade, read only where a grade stands (never in 一般公共预算).
  一般: '中',
  差: '差',
  较差: '差',
};

/**
 * How the name of a unit ends (局, 中心, 学校 …): a report whose title names no unit is signed by
 * it at the end ("某县农业技术推广中心" over "2024年3月15日").
 */
export const unitNameEndings: readonly string[] = [
  '局',
  '委',
  '办',
  '院',
  '厅',
  '处',
  '所',
  '队',
  '站',
  '馆',
  '部',
  '会',
  '室',
  '中心',
  '公司',
  '学校',
  '小学',
  '中学',
  '幼儿园',
  '医院',
  '政府',
  '街道办事处',
  '办事处',
  '委员会',
  '协会',
  '联合会',
  '研究院',
  '事务所',
];

/** A 部门整体 report title's unit when no year stands between (group 1): "青禾县档案馆部门整体支出绩效自评报告". */
export const reportTitleUnitBeforeScope = /^(.+?)(?:部门整体|单位整体|机关整体|整体支出|部门支出)/;
/** A report title's project: the name before 绩效评价/自评, ending in 项目 or a fund word (资金, 经费, 专项). */
export const reportTitleProject = /^(.+?(?:项目|资金|经费|专项))(?:支出)?(?:绩效)?(?:评价|自评)/;
/** A title's work named without 项目 ("营养改善计划绩效自评报告"): the words before 绩效评价/自评. */
export const reportTitleNamedWork = /^(.{2,30}?)(?:支出)?绩效(?:评价|自评)/;
/**
 * A tag in brackets a site puts before a report's title, naming the funds it was paid from ("(直达资金)",
 * "【特殊转移支付】"): no part of the unit's or the project's name.
 */
export const reportTitleLeadingTag = /^[（(【［[][^（）()【】［］[\]\d]{2,10}[）)】］\]](?=\S)/;
/** Words a title puts before 绩效 that name no project ("省级财政资金项目", "部门预算项目支出"). */
export const reportTitleGenericName =
  /^(?:中央|省级|市级|县级|区级|部门|单位)?(?:预算|财政)*(?:资金|支出)?(?:项目)?(?:支出)?$/;

/**
 * A figure's label that names the year before ("上年全年执行数", "去年预算执行率"): no figure of the
 * report's year. 上年结转 (funds carried over into this year) is this year's source, not last year's figure.
 */
export const reportPriorYearLabel = /^(?:上年度?|上一年度?|去年|前年|同期)(?!结转|结余)/;
/** Words in the clause before a rate, score or grade that make it the year before's ("上年度自评得分88分"). */
export const reportPriorYearWords = /上年|上一年|去年|前年|同期/;
/** Words in a rate's clause that make it a target or a rule, not the rate reached ("绩效目标要求预算执行率达到95%以上"). */
export const reportRateTargetLeadIn = /目标|要求|计划|力争|确保|预期/;
/** Words right after a rate that make it a threshold ("达到95%以上"). */
export const reportRateThreshold = /^\s*(?:及以上|以上|以下|以内|左右)/;

/**
 * A project report's sentence naming its implementing unit (group 1): "实施单位为青禾县河道管理所",
 * "项目由青禾县河道管理所负责实施". Read only where no label, title or signature names the unit.
 */
export const reportImplementerInText: readonly RegExp[] = [
  /(?:项目)?(?:实施|承担|执行)单位(?:为|是)([^，,。；;、：:（()）]{2,30})/,
  /由([^，,。；;、：:由（()）]{2,30}?)(?:负责|具体|牵头|组织)+实施/,
];
/** The sentence naming the project's supervising department (group 1): "主管部门为青禾县水利局". */
export const reportSupervisorInText: readonly RegExp[] = [
  /(?:项目)?主管(?:部门|单位)(?:为|是)([^，,。；;、：:（()）]{2,30})/,
];

/**
 * A line ending in a figure's label, its figure opening the next line: a wrap no page width shows
 * ("本项目自评得分" / "90 分，等级为优"). Score, rate and money labels, with their verb.
 */
export const reportLabelAwaitingFigure =
  /(?:得分|评分|总分|执行率|完成率|预算数|执行数|预算|支出|执行)(?:为|是|达到?|了)?[:：]?$/;

/**
 * Words of an evaluation firm's name ("…会计师事务所有限公司", "…咨询…"): the 评价单位 of a third-party
 * evaluation, never the unit evaluated.
 */
export const evaluationFirmWords = /事务所|有限公司|有限责任公司|咨询|评估|税务师|造价/;
/** A report title the unit writes about its own work: its 评价单位 is the unit. */
export const reportTitleSelfEvaluation = /自评/;

/**
 * A label stating an evaluation's period right before its years ("评价期间为2021年1月1日至2023年12月31日",
 * "评价年度：2021—2023年", "本次评价范围为2021至2023年度…").
 */
export const reportEvaluationPeriodLabel =
  /(?:评价|自评|考评)(?:期间|期限|年度|时段|区间|周期|范围|时限)(?:为|是|涵盖|覆盖)?[:：]?(?:对|是)?$/;
/** Words saying a range of years is what was evaluated ("对2021—2023年…开展了绩效评价"). */
export const reportEvaluationWords = /绩效评价|绩效自评|自评|评价|考评/;

/**
 * A report saying it evaluated several projects (group 1 the count, in digits or numerals): "本次共对3个项目开展了
 * 绩效自评", "对我局五个专项资金项目进行了绩效评价", "涉及4个项目". Read in a sentence with evaluation words only.
 */
export const reportSeveralProjectsCount =
  /(?:共|对|涉及|包括|包含|选取|抽取|抽查)[^。；;，,]{0,12}?(\d{1,2}|[两二三四五六七八九十]{1,3})(?:个|项)[^。；;，,\d]{0,10}?(?:(?<!子)项目|专项)/;
/** Several scores listed at once ("自评得分分别为95分、88分和90分"): one per project. */
export const reportSeveralScores = /得分(?:分别|依次)(?:为|是)[:：]?\d{1,3}(?:\.\d{1,2})?分?[、，,和及]\d/;
/** A summary table's heading that says each row was evaluated (a score, a grade, a judgement). */
export const reportSummaryEvaluationHeading = /得分|评分|等级|等次|评价|结论/;
/** A name ending as a project's does, in a summary table's rows ("耕地质量提升项目", "农机购置补贴资金"). */
export const reportProjectNameEnding = /(?:项目|专项|资金|经费)$/;

/**
 * What closes a project's heading in a report over several projects after its name ("一、耕地质量提升项目绩效自评
 * 情况", "（二）农机购置补贴资金评价结果"): taken off before the name is read.
 */
export const reportProjectHeadingSuffix = /(?:的)?(?:绩效)?(?:自评|评价|考评)?(?:情况|结果|结论|概况|得分)?$/;
/**
 * A heading naming no project but a part of one ("（二）项目资金", "专项资金", "本项目"): never a project of its own.
 * Template sections with a project word ("项目决策", "项目产出") do not end as a name does and are no names either.
 */
export const reportGenericProjectName =
  /^(?:本|该|此|各|其他|相关)?(?:子)?(?:项目)?(?:财政|预算|专项|中央|省级|市级|县级|配套|项目)?(?:资金|经费|项目|专项)$/;
/** A summary table's heading of a project's score, and of its grade or judgement (成效评价: 优秀/良好/一般). */
export const reportProjectScoreHeading = /得分|评分|分数/;
export const reportProjectGradeHeading = /等级|等次|评价结果|评价结论|成效评价|评定/;

/**
 * A clause stating the whole spending before "占全年预算的92%" (the execution rate in other words): "全年共完成支出36.8万元",
 * "实际支出45万元", "累计支付…". A kind of spending (人员经费, 基本支出, 三公经费 …) in the sentence makes the share no rate.
 */
export const reportWholeSpendingClause = /(?:全年|共|累计|实际|已)(?:完成)?(?:支出|支付|执行)|执行数|完成预算/;
export const reportSpendingKindWords = /人员|公用|基本支出|项目支出|三公|工资|福利|商品和服务|资本性|其中|分别/;

/**
 * A sentence that scores one indicator right after its name (Fujian's system-made 自评报告: "组织人才活动次数
 * 本项目满分4分，得4分，得分原因为：…", "…满分8分,得6分,扣分原因为…"): group 1 the weight, group 2 the score.
 */
export const indicatorScoreSentence = /^[，,:：]?(?:本项目|本指标|该指标|该项|项目)?满分(?:为)?(\d{1,3}(?:\.\d{1,2})?)分[，,、]?(?:实际)?得(?:分)?(?:为)?(\d{1,3}(?:\.\d{1,2})?)分/;

/**
 * A sentence counting the indicators a project set, right before they are listed (group 1 or 2 the count, in digits
 * or numerals): "绩效指标设置5个，分别为：…", "…5个方面设置指标5个。分别是：…", "共设置6个绩效指标，具体为：…"
 * (Yunnan's 项目支出绩效自评报告). Matched against the few characters before a list opener, so anchored at their end.
 */
export const reportIndicatorCountClause =
  /(?:指标(?:共)?设(?:置|定)了?|设(?:置|定)了?(?:绩效)?指标)(\d{1,2}|[一二三四五六七八九十]{1,3})(?:个|项)[，,。；;]?$|设(?:置|定)了?(\d{1,2}|[一二三四五六七八九十]{1,3})(?:个|项)(?:绩效)?指标[，,。；;]?$/;
/** The words that open a counted list of indicators (after reportIndicatorCountClause): "分别为：", "具体是". */
export const reportIndicatorListOpener = /(?:分别为|分别是|分别有|具体为|具体是|具体包括|包括)[:：]?/g;
/**
 * A project's 绩效目标 written as its indicators' list ("（二）绩效目标：道路硬化≥0.5km；验收合格率≥100%；…", a Jiangxi
 * township's 绩效评价报告): the label, its colon after 为/是 optional only when the list follows at once.
 */
export const reportGoalListLabel = /绩效目标(?:为|是)?[:：]/g;
/**
 * A level labelling a list of its indicators in a report ("1.数量指标：硬化道路1.24公里；…", "（二）质量指标：…": the
 * 转移支付 outline's 绩效目标设定情况, Anhui's 衔接资金 reports): an optional list number, the level's words (group 1), a colon
 * or a comma (group 2; after a comma only a level's full name counts: "可持续影响指标，持续发展", a notice in prose).
 * The words are a level only when the level vocabulary says so (report-listed-indicators.ts).
 */
export const reportLevelListLabel = /(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[)）])?([\u4e00-\u9fff]{2,14})([:：,，])/g;
/**
 * A level alone on its line heading the lists under it ("一、产出指标", "（一）数量指标", "三、满意度指标": a target notice in
 * prose, twenty-second study): an optional list number, the level's words (group 1), an optional colon.
 */
export const reportLevelHeading = /^(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、](?!\d))?([\u4e00-\u9fff]{2,14})[:：]?$/;
/**
 * A value written after its name and a comma, in a notice's sentence ("完成时限，2025年9月底前", "带动养殖户增收致富，增加",
 * "…能力，持续提高"): a date or deadline, or a change word with its adverb. Anything else after a comma is another item.
 */
export const reportListValueAfterComma =
  /^(?:(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|之前|以前)?|(?:19|20)\d{2}年(?:底|末)?(?:前|之前|以前)?|(?:持续|明显|有效|逐步|显著|进一步|稳步|不断|大幅)?(?:提高|提升|增加|增长|上升|改善|降低|减少|下降))$/;
/**
 * A placeholder a template writes before the value ("种植数量（≥**株）>=17600株": the form's hint with asterisks for the
 * figure), no part of the name.
 */
export const reportValuePlaceholder = /[（(][^（()）]{0,8}\*{1,4}[^（()）]{0,8}[)）]/g;
/** Marks a template puts before a core indicator's name ("★补助…", "★★★受益…"). */
export const reportCoreIndicatorMarks = /^[★☆]+/;
/** Words of a result, not a target: a list holding them reports what was done ("…1.2公里，已完成"), no indicators set. */
export const reportListResultWords: readonly string[] = ['已完成', '未完成', '基本完成', '全部完成', '已达到', '未达到', '完成情况'];
/** A heading that is the 绩效目标 label alone on its line ("（二）绩效目标", "2.项目绩效目标："): the list is the next paragraph. */
export const reportGoalListHeading = /^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、])?(?:项目|年度|项目年度)?绩效目标[:：]?$/;
