/** The 浏览器 column names the browser and system, never the raw User-Agent. */
import { describe, expect, it } from 'vitest';
import { describeBrowser } from './describe-browser.ts';

const chromeOnWindows =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('describeBrowser', () => {
  it('names the browser and system of common desktop agents', () => {
    expect(describeBrowser(chromeOnWindows)).toBe('Chrome · Windows');
    expect(describeBrowser(`${chromeOnWindows} Edg/131.0.0.0`)).toBe('Edge · Windows');
    expect(describeBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox · Windows');
    expect(describeBrowser('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36')).toBe('Chrome · Linux');
    expect(describeBrowser('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).toBe('Safari · Mac');
  });

  it('tells phones apart from the desktops their agents also name', () => {
    expect(describeBrowser('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).toBe('Safari · iPhone');
    expect(describeBrowser('Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.50')).toBe('微信 · 安卓');
    expect(describeBrowser('Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).toBe('Safari · iPad');
    expect(describeBrowser('Mozilla/5.0 (Linux; Android 12; HarmonyOS; NOH-AN00) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 Mobile Safari/537.36')).toBe('Chrome · 鸿蒙');
  });

  it('names the browsers common in Chinese offices in Chinese', () => {
    expect(describeBrowser(`${chromeOnWindows} QIHU 360SE`)).toBe('360浏览器 · Windows');
    expect(describeBrowser(`${chromeOnWindows} Core/1.94.218.400 QQBrowser/12.1.5496.400`)).toBe('QQ浏览器 · Windows');
    expect(describeBrowser('Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36')).toBe('Chrome · ChromeOS');
  });

  it('says so when nothing is known, and a dash when there is no agent', () => {
    expect(describeBrowser('curl/8.5.0')).toBe('未知浏览器');
    expect(describeBrowser(null)).toBe('—');
    expect(describeBrowser('  ')).toBe('—');
  });
});
