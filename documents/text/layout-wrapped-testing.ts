/**
 * The layout-wrapped family for properties: a document's sheet written as tab rows, then as the text of
 * a PDF in layout mode whose cells wrap and centre (documents/layouts/variation/converter-edits.ts).
 */
import { plainLayout } from '../layouts/render/sheet.ts';
import { renderText } from '../layouts/render/text-layouts.ts';
import { renderSheet, type RoundTripFamily } from '../layouts/render/round-trip-families.ts';
import { withLayoutWrappedCells } from '../layouts/variation/converter-edits.ts';

export const layoutWrappedFamily: RoundTripFamily = {
  id: 'layout-wrapped',
  appliesTo: () => true,
  write: (document) => {
    const text = withLayoutWrappedCells(renderText(renderSheet(document, plainLayout), 'tabs'));
    return Promise.resolve({ fileName: 'layout-wrapped.txt', bytes: Buffer.from(text, 'utf8') });
  },
};
