/**
 * 登录设备's 浏览器 column: a raw User-Agent ("Mozilla/5.0 (Windows NT 10.0; Win64; x64)
 * AppleWebKit/537.36 …", cut at the column's end) tells a clerk nothing about which computer or
 * phone a session is on; the browser and system names do. The full text stays in the cell's title.
 */

/** Browsers, most specific first: Edge, 360, QQ and WeChat carry "Chrome/" and "Safari/" too. */
const browsers: Array<[RegExp, string]> = [
  [/MicroMessenger\//, '微信'],
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/QQBrowser\//, 'QQ浏览器'],
  [/\b(?:360SE|360EE|QIHU)\b/i, '360浏览器'],
  [/\b(?:OPR|Opera)\//, 'Opera'],
  [/\b(?:Firefox|FxiOS)\//, 'Firefox'],
  [/\b(?:Chrome|Chromium|HeadlessChrome|CriOS)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*Safari\//, 'Safari'],
];

/** Systems, phones before desktops: an iPhone's agent says "like Mac OS X", Android's "Linux". */
const systems: Array<[RegExp, string]> = [
  [/HarmonyOS|OpenHarmony/, '鸿蒙'],
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, '安卓'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'Mac'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bLinux\b/, 'Linux'],
];

function findName(agent: string, names: Array<[RegExp, string]>): string | null {
  return names.find(([pattern]) => pattern.test(agent))?.[1] ?? null;
}

/** "Chrome · Windows", "微信 · 安卓", 未知浏览器 when neither is known. */
export function describeBrowser(agent: string | null): string {
  if (!agent || !agent.trim()) return '—';
  const browser = findName(agent, browsers);
  const system = findName(agent, systems);
  if (!browser && !system) return '未知浏览器';
  return [browser ?? '其他浏览器', system].filter(Boolean).join(' · ');
}
