import { h } from './dom';

/**
 * The CMS's Markdown as DOM nodes: headings, paragraphs, lists, emphasis, code and links. Built
 * node by node, never as HTML text, so that nothing an editor writes can run in the page. Headings
 * start at level 2 below the page's own title.
 */
export function renderMarkdown(markdown: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let list: HTMLElement | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) fragment.appendChild(h('p', {}, inline(paragraph.join(' '))));
    paragraph = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      list = null;
      const level = Math.min(Math.max(heading[1]?.length ?? 2, 2), 6);
      fragment.appendChild(h(`h${level}` as 'h2', {}, inline(heading[2] ?? '')));
    } else if (bullet || numbered) {
      flush();
      const tag = bullet ? 'ul' : 'ol';
      if (!list || list.tagName.toLowerCase() !== tag) {
        list = h(tag, {});
        fragment.appendChild(list);
      }
      list.appendChild(h('li', {}, inline((bullet ?? numbered)?.[1] ?? '')));
    } else if (!line.trim()) {
      flush();
      list = null;
    } else {
      list = null;
      paragraph.push(line.trim());
    }
  }
  flush();
  return fragment;
}

const INLINE = /(\*\*([^*]+)\*\*|\*([^*]+)\*|_([^_]+)_|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\))/;

function inline(text: string): Node[] {
  const nodes: Node[] = [];
  let rest = text;
  for (let match = INLINE.exec(rest); match; match = INLINE.exec(rest)) {
    if (match.index > 0) nodes.push(document.createTextNode(rest.slice(0, match.index)));
    const [whole, , bold, italic, underscored, code, label, url] = match;
    if (bold) nodes.push(h('strong', {}, inline(bold)));
    else if (italic ?? underscored) nodes.push(h('em', {}, inline(italic ?? underscored ?? '')));
    else if (code) nodes.push(h('code', {}, code));
    else if (label && url && /^(https?:|mailto:|tel:|\/)/.test(url)) nodes.push(h('a', { href: url }, label));
    else nodes.push(document.createTextNode(label ?? whole));
    rest = rest.slice(match.index + whole.length);
  }
  if (rest) nodes.push(document.createTextNode(rest));
  return nodes;
}
