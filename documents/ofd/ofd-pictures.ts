/**
 * A scanned .ofd (each page a picture and no text, as scan archives and some 公文 systems write
 * them) made into a PDF of the same pages, which is then read by OCR as a scanned PDF is
 * (documents/ocr). Each page's ImageObjects (and its templates') name a MultiMedia resource of the
 * document's resource files (CommonData's PublicRes / DocumentRes: MultiMedia ID, MediaFile under the
 * file's BaseLoc); each picture (JPEG, PNG or TIFF, told by its bytes) is drawn where its Boundary
 * and CTM put it on the page. A picture of another kind (JBIG2, BMP) is left out; an OFD with no
 * picture read gives null, and the import says the file has no text as before.
 */
import type { ImportLimits } from '../import-error.ts';
import { pdfOfPages, pictureImagesIn } from '../ocr/picture-pdf.ts';
import type { PicturePage } from '../ocr/tiff-pdf.ts';
import { createLayerReader, findDocumentRoot, openPackage, readDocument, type OfdPackage } from './read-ofd.ts';
import { parseOfdXml, type SaxesConstructor } from './ofd-xml.ts';

/** Millimetres as a PicturePage's unit: one unit is 72 / 25.4 points. */
const MM_DPI = 25.4;

/** The pictures a resource file lists: MultiMedia ID → the package part of its MediaFile. */
function readMultiMedia(Parser: SaxesConstructor, ofd: OfdPackage, part: string, found: Map<string, string>): void {
  let baseLocation = '';
  let current: { id: string; isImage: boolean; file: string | null } | null = null;
  parseOfdXml({
    Parser,
    bytes: ofd.parts.get(part)!,
    part,
    handlers: {
      open: (element) => {
        if (element.name === 'res') baseLocation = element.attribute('BaseLoc') ?? '';
        else if (element.name === 'multimedia') {
          const id = element.attribute('ID');
          current = id ? { id, isImage: (element.attribute('Type') ?? 'Image').toLowerCase() === 'image', file: null } : null;
        } else if (element.name === 'mediafile' && current) current.file = '';
      },
      text: (text, parents) => {
        if (parents.at(-1) === 'mediafile' && current && current.file !== null) current.file += text;
      },
      close: (name) => {
        if (name !== 'multimedia' || !current) return;
        const media: { id: string; isImage: boolean; file: string | null } = current;
        current = null;
        if (!media.isImage || !media.file?.trim()) return;
        const file = media.file.trim();
        // The MediaFile is under the resource file's BaseLoc; some producers write it from the folder or the root.
        const resolved = file.startsWith('/') ? ofd.resolve(part, file) : (ofd.resolve(part, `${baseLocation.replace(/\/?$/, '/')}${file}`) ?? ofd.resolve(part, file));
        if (resolved) found.set(media.id, resolved);
      },
    },
  });
}

/** A PDF of the OFD's pages drawn from their pictures, or null when no page holds a picture read here. */
export async function ofdPicturesAsPdf(bytes: Buffer, limits: ImportLimits, fileName: string): Promise<Buffer | null> {
  const ofd = openPackage(bytes, limits, { isKeepingMedia: true });
  const { SaxesParser } = await import('saxes');
  const Parser = SaxesParser as unknown as SaxesConstructor;
  const document = readDocument(Parser, ofd, findDocumentRoot(Parser, ofd));
  const media = new Map<string, string>();
  for (const location of document.resources) {
    const part = ofd.resolve(document.part, location);
    if (part && ofd.parts.has(part)) readMultiMedia(Parser, ofd, part, media);
  }
  if (media.size === 0) return null;
  // The page parts were read once already, within the budget, when the file was found to hold no text.
  const readLayers = createLayerReader(Parser, ofd, document, { glyphs: Number.POSITIVE_INFINITY, pathPoints: Number.POSITIVE_INFINITY });
  let pictureCount = 0;
  const pages: PicturePage[] = [];
  for (const location of document.pages.slice(0, limits.maxPages)) {
    const part = ofd.resolve(document.part, location);
    if (!part || !ofd.parts.has(part)) continue;
    const { layers, box } = readLayers(part);
    const images: PicturePage['images'] = [];
    for (const picture of layers.flatMap((each) => each.pictures)) {
      const mediaPart = media.get(picture.resourceId);
      const pictureBytes = mediaPart ? ofd.parts.get(mediaPart) : undefined;
      if (!pictureBytes) continue;
      const placed = pictureImagesIn(pictureBytes, { ...picture.box, x: picture.box.x - box.x, y: picture.box.y - box.y }, `${fileName}（${mediaPart}）`);
      if (placed) {
        images.push(...placed);
        pictureCount++;
      }
    }
    pages.push({ width: box.width, height: box.height, dpi: MM_DPI, images });
  }
  return pictureCount === 0 ? null : pdfOfPages(pages);
}
