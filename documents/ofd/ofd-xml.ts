/**
 * One part of an OFD package parsed with saxes, element by element: names by their local name
 * ("ofd:TextCode" → "textcode"), attributes likewise. A DOCTYPE is refused outright: OFD's parts
 * never declare one, and a declared entity is how a hostile XML file expands or reaches out
 * (saxes would not expand it, but the file has no business declaring it).
 */
import type { SaxesParser, SaxesTagPlain } from 'saxes';
import { decodeXml } from '../office-xml/decode-xml.ts';
import { attribute, localName, parseXml } from '../office-xml/xml-tags.ts';
import { ImportError } from '../import-error.ts';

export type SaxesConstructor = new () => SaxesParser;

export interface OfdElement {
  /** The local name, lower case. */
  name: string;
  attribute: (name: string) => string | undefined;
}

export interface OfdXmlHandlers {
  open?: (element: OfdElement, parents: readonly string[]) => void;
  close?: (name: string, parents: readonly string[]) => void;
  /** Text inside the innermost open element. */
  text?: (text: string, parents: readonly string[]) => void;
}

export const damagedOfdMessage = '无法读取该 OFD 文件（内容不完整或已损坏）：请用 OFD 阅读器打开确认后重新导出，或另存为 PDF 再导入';

/** Parses `bytes` (one XML part, `part` its name for messages); `parents` ends with the element itself. */
export function parseOfdXml(input: { Parser: SaxesConstructor; bytes: Buffer; part: string; handlers: OfdXmlHandlers }): void {
  const { handlers } = input;
  const parser = new input.Parser();
  const stack: string[] = [];
  parser.on('doctype', () => {
    throw new ImportError('damaged-file', `该 OFD 文件的“${input.part}”含有 DTD 声明（可被用来展开实体），不予导入：请重新导出 OFD 或改用 PDF`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    stack.push(localName(tag.name));
    // saxes emits closetag for a self-closing tag as well: the stack is popped there.
    handlers.open?.({ name: stack.at(-1)!, attribute: (name) => attribute(tag, name.toLowerCase()) }, stack);
  });
  parser.on('closetag', () => {
    const name = stack.at(-1) ?? '';
    handlers.close?.(name, stack);
    stack.pop();
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (text) => onText(text, stack));
    parser.on('cdata', (text) => onText(text, stack));
  }
  parseXml(parser, decodeXml(input.bytes), damagedOfdMessage);
}
