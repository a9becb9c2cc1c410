/**
 * Downloads a file from the export API: the body as a Blob saved under the server's Chinese
 * file name (Content-Disposition `filename*`), or the server's Chinese message when it refuses
 * (e.g. 503 "未安装 Chromium…" for PDF), so a refusal never replaces the page with raw JSON.
 */
import { ApiError } from '../../lib/api-client.ts';
import type { ExportFormat } from '../../../documents/export.ts';

/** The file name in a Content-Disposition header: `filename*=UTF-8''…` first, then `filename="…"`. */
export function readDownloadFileName(contentDisposition: string | null): string | null {
  if (!contentDisposition) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed encoding falls through to the plain name.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(contentDisposition)?.[1] ?? null;
}

/** The export URL of a document; published documents are downloaded through the public API. */
export function buildExportUrl(input: {
  documentId: string;
  format: ExportFormat;
  isPublic?: boolean;
}): string {
  const base = input.isPublic ? '/api/public/documents' : '/api/documents';
  return `${base}/${encodeURIComponent(input.documentId)}/export?format=${input.format}`;
}

/** Fetches `url` and hands the file to the browser; throws ApiError with the server's message on refusal. */
export async function downloadFile(url: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'network-error',
      message: '无法连接服务器，请检查网络后重试。',
      body: null,
    });
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new ApiError({
      status: response.status,
      code: body?.code ?? `http-${response.status}`,
      message: body?.message ?? `下载失败（${response.status}）`,
      body,
    });
  }
  const fileName = readDownloadFileName(response.headers.get('content-disposition')) ?? fallbackName;
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
  return fileName;
}
