/**
 * antd tables that scroll sideways (scroll={{ x }}) on a narrow screen draw their own scroll box,
 * .ant-table-content, which a keyboard cannot reach (axe scrollable-region-focusable, serious).
 * This watches the page and makes every such box that actually overflows focusable, so Tab
 * reaches it and the arrow keys scroll it; boxes that fit stay out of the Tab order.
 */
const scrollBoxes = '.ant-table-content, .ant-table-body';

export function updateScrollBoxes(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>(scrollBoxes)) {
    const overflows = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    if (overflows && !box.hasAttribute('tabindex')) {
      box.setAttribute('tabindex', '0');
      box.dataset.focusableScroll = 'true';
    } else if (!overflows && box.dataset.focusableScroll === 'true') {
      box.removeAttribute('tabindex');
      delete box.dataset.focusableScroll;
    }
  }
}

/** Starts watching `document` (once per page); returns how to stop. */
export function watchScrollBoxes(document: Document): () => void {
  let isScheduled = false;
  const schedule = () => {
    if (isScheduled) return;
    isScheduled = true;
    requestAnimationFrame(() => {
      isScheduled = false;
      updateScrollBoxes(document);
    });
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('resize', schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', schedule);
  };
}
