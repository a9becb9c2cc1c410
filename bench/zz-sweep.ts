import { readText } from '../documents/text/read-text.ts';
const words = ['年度目标','绩效目标','年度总体目标','总体目标','预期目标','实际完成情况','一级指标','二级指标','三级指标','指标值','年度指标值','实际完成值','分值','得分','产出指标','数量指标','质量指标','效益指标','满意度指标','项目名称','主管部门','实施单位','资金情况','年度资金总额','其中：财政拨款','其他资金','偏差原因','改进措施','序号','合计','总分','自评得分','全年预算数','全年执行数','执行率','中期目标','长期目标','（盖章）','√','确定能','一、','1.','（一）','100万元','100%','≥1次','指标名称','指标内容','评分标准','绩效指标','项目负责人','联系电话','填报单位','单位名称','预算执行情况','部门名称','完成值','目标值','权重','评价结论'];
const titles = ['项目支出绩效目标表','项目支出绩效自评表','项目绩效运行监控表','项目支出绩效评价报告','部门整体支出绩效自评表'];
const shapes: Record<string,(w:string,n:number)=>string> = {
  lines: (w,n)=> (w+'\n').repeat(n),
  spaces: (w,n)=> (w+' ').repeat(n),
  tabs: (w,n)=> (w+'\t').repeat(n),
  pipes: (w,n)=> '|'+(w+'|').repeat(n),
  tabRows: (w,n)=> (w+'\t'+w+'\t1\n').repeat(Math.ceil(n/3)),
};
const n = Number(process.argv[2] ?? 3000);
const only = process.argv[3];
const results: [number,string][] = [];
for (const title of titles) for (const [shape, make] of Object.entries(shapes)) for (const w of words) {
  if (only && !`${title}/${shape}/${w}`.includes(only)) continue;
  const text = title + '\n' + make(w, n) + '\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t甲\t≥1次';
  const t = process.cpuUsage(); readText(text); const u = process.cpuUsage(t);
  const ms = (u.user+u.system)/1000;
  if (ms > 400) { console.log(Math.round(ms), title, shape, w, text.length); }
}
console.log('done');
