import { readText } from '../documents/text/read-text.ts';
const [title, shape, w, nArg] = process.argv.slice(2);
const n = Number(nArg ?? 3000);
const shapes: Record<string,(w:string,n:number)=>string> = {
  lines: (w,n)=> (w+'\n').repeat(n),
  spaces: (w,n)=> (w+' ').repeat(n),
  tabs: (w,n)=> (w+'\t').repeat(n),
  pipes: (w,n)=> '|'+(w+'|').repeat(n),
  tabRows: (w,n)=> (w+'\t'+w+'\t1\n').repeat(Math.ceil(n/3)),
};
const text = title + '\n' + shapes[shape!]!(w!, n) + '\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t甲\t≥1次';
const t = process.cpuUsage(); readText(text); const u = process.cpuUsage(t);
console.log(Math.round((u.user+u.system)/1000), 'ms', n);
