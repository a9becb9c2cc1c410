/** 信息公开 (/public, /public/:id): published documents, readable without login (DOMAIN.md "公开"). */
import { PublicDocumentView } from './public-document.tsx';
import { PublicFrame } from './public-frame.tsx';
import { PublicList } from './public-list.tsx';

export default function PublicPage({ params }: { params: Record<string, string> }) {
  return <PublicFrame>{params.id ? <PublicDocumentView id={params.id} /> : <PublicList />}</PublicFrame>;
}
