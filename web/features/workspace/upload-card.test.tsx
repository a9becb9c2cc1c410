// @vitest-environment jsdom
/** A text dump saved by Notepad or Excel on a Chinese Windows (GBK) is sent as the text it holds, not as UTF-8 garble. */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeGbk } from '../../../core/gb18030.test-support.ts';
import { ApiError } from '../../lib/api-client.ts';
import { RouterProvider } from '../../lib/router.tsx';
import { UploadCard } from './upload-card.tsx';

const uploadDocument = vi.fn();
vi.mock('../../lib/documents-api.ts', () => ({ uploadDocument: (input: unknown) => uploadDocument(input) }));

afterEach(cleanup);

function renderUploadCard() {
  return render(
    <RouterProvider>
      <App>
        <UploadCard onUploaded={vi.fn()} />
      </App>
    </RouterProvider>,
  );
}

describe('UploadCard', () => {
  it.each([
    ['GBK', (text: string) => encodeGbk(text)],
    ['UTF-8', (text: string) => new TextEncoder().encode(text)],
  ])('sends a %s text file as its text', async (_, encode) => {
    uploadDocument.mockReset();
    uploadDocument.mockReturnValue(new Promise(() => undefined));
    const text = '项目支出绩效自评表\n项目名称\t巡河护岸';
    const { container } = renderUploadCard();
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array(encode(text)).buffer as ArrayBuffer], '自评表.txt', { type: 'text/plain' })] } });
    await waitFor(() => expect(uploadDocument).toHaveBeenCalled());
    expect(uploadDocument.mock.calls[0]?.[0]).toMatchObject({ text, fileName: '自评表.txt' });
  });

  it('refuses a picture it cannot read (.heic) before sending anything, saying what to upload instead', async () => {
    uploadDocument.mockReset();
    const { container, findByText } = renderUploadCard();
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([0, 0, 0, 24, 102, 116])], '扫描件.heic', { type: 'image/heic' })] } });
    expect(await findByText(/“扫描件.heic”是无法读取的图片格式：请另存为 JPG 或 PNG/)).toBeTruthy();
    expect(uploadDocument).not.toHaveBeenCalled();
  });

  it('asks for the year of a file that names none and sends the same text again with it', async () => {
    uploadDocument.mockReset();
    uploadDocument.mockRejectedValueOnce(new ApiError({ status: 400, code: 'year-required', message: '文档中没有年度，请在上传时指定年度。', body: {} }));
    uploadDocument.mockReturnValueOnce(new Promise(() => undefined));
    const text = '项目支出绩效目标表\n项目名称\t巡河护岸';
    const { container } = renderUploadCard();
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new TextEncoder().encode(text)], '目标表.txt', { type: 'text/plain' })] } });
    const yearInput = await screen.findByRole('spinbutton', { name: '文档年度' });
    const save = screen.getByRole('button', { name: '按此年度保存' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(yearInput, { target: { value: '2024' } });
    await waitFor(() => expect((screen.getByRole('button', { name: '按此年度保存' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: '按此年度保存' }));
    await waitFor(() => expect(uploadDocument).toHaveBeenCalledTimes(2));
    expect(uploadDocument.mock.calls[0]?.[0]).toMatchObject({ text, year: null });
    expect(uploadDocument.mock.calls[1]?.[0]).toMatchObject({ text, fileName: '目标表.txt', year: 2024 });
  });
});
