/**
 * 登录设备's 浏览器 column: a raw User-Agent ("Mozilla/5.0 (Windows NT 10.0; Win64; x64)
 * AppleWebKit/537.36 …", cut at the column's end) tells a clerk nothing about which computer or
 * phone a session is on; the browser and system names do. The full text stays in the cell's title.
 *
 * The agent is read by ua-parser-js 1.x (MIT; 2.x is AGPL and must not be used here), which keeps up
 * with new browsers and phones; this file only gives its names the words a Chinese clerk knows.
 */
import UAParser from 'ua-parser-js';

/** ua-parser-js browser names → what the clerk calls them; names not listed are shown as they are. */
const browserNames: Record<string, string> = {
  WeChat: '微信',
  QQBrowser: 'QQ浏览器',
  QQBrowserLite: 'QQ浏览器',
  '360': '360浏览器',
  'Mobile Safari': 'Safari',
  'Chrome Headless': 'Chrome',
  'Chrome WebView': 'Chrome',
  'Opera GX': 'Opera',
  'Huawei Browser': '华为浏览器',
  'MIUI Browser': '小米浏览器',
  'Vivo Browser': 'vivo浏览器',
  UCBrowser: 'UC浏览器',
  'Sogou Explorer': '搜狗浏览器',
  'Sogou Mobile': '搜狗浏览器',
  Baidu: '百度',
  Quark: '夸克',
};

/** ua-parser-js system names → what the clerk calls them. */
const systemNames: Record<string, string> = {
  HarmonyOS: '鸿蒙',
  Android: '安卓',
  Windows: 'Windows',
  'Mac OS': 'Mac',
  macOS: 'Mac',
  'Chromium OS': 'ChromeOS',
  Linux: 'Linux',
  Ubuntu: 'Linux',
  Debian: 'Linux',
  Fedora: 'Linux',
};

/** iOS names the device (iPhone, iPad) rather than the system, as a clerk would. */
function nameSystem(result: UAParser.IResult): string | null {
  const system = result.os.name;
  if (!system) return null;
  if (system === 'iOS') return result.device.model === 'iPad' || result.device.type === 'tablet' ? 'iPad' : 'iPhone';
  return systemNames[system] ?? system;
}

/** "Chrome · Windows", "微信 · 安卓", 未知浏览器 when neither is known. */
export function describeBrowser(agent: string | null): string {
  if (!agent || !agent.trim()) return '—';
  const result = new UAParser(agent).getResult();
  const browser = result.browser.name ? (browserNames[result.browser.name] ?? result.browser.name) : null;
  const system = nameSystem(result);
  if (!browser && !system) return '未知浏览器';
  return [browser ?? '其他浏览器', system].filter(Boolean).join(' · ');
}
