import type { PageContext } from './app';
import { h, uniqueId } from './dom';
import { formatDateTime, formatTime } from './format';
import type { EventCardFragment, GuideCardFragment, PracticeCardFragment } from './generated/operations';

/** A titled region of a page: its heading names the landmark. */
export function section(title: string, ...children: (Node | null | false)[]): HTMLElement {
  const id = uniqueId('section');
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

export const empty = (text: string) => h('p', { class: 'empty' }, text);

export function cardList(items: Node[], emptyText: string): Node {
  return items.length
    ? h(
        'ul',
        { class: 'cards' },
        items.map((item) => h('li', {}, item)),
      )
    : empty(emptyText);
}

export function card(title: string, href: string, ...details: (Node | string | null | false)[]): HTMLElement {
  return h('article', { class: 'card' }, h('h3', {}, h('a', { href }, title)), ...details);
}

export const guideCard = (context: PageContext, guide: GuideCardFragment) =>
  card(
    guide.title,
    context.href(`/guides/${guide.slug}`),
    h('p', {}, guide.summary),
    h('p', { class: 'meta' }, `Lecture : ${guide.readingTimeMinutes} min`),
  );

export const practiceCard = (context: PageContext, practice: PracticeCardFragment) =>
  card(
    practice.title,
    context.href(`/pratiques/${practice.slug}`),
    h('p', { class: 'meta' }, practice.organisation),
    h('p', {}, practice.summary),
  );

/** "samedi 6 décembre 2026 à 10:00 – 12:00". */
export const eventWhen = (event: EventCardFragment) =>
  `${formatDateTime(event.startsAt)} – ${formatTime(event.endsAt)}`;

export const eventCard = (context: PageContext, event: EventCardFragment) =>
  card(
    event.title,
    context.href(`/evenements/${event.slug}`),
    h('p', { class: 'meta' }, h('time', { datetime: event.startsAt }, eventWhen(event))),
    h('p', {}, event.online ? 'En ligne' : (event.venue ?? 'Sur place')),
  );

/** A definition list of label and value pairs, without the empty ones. */
export function facts(entries: [string, Node | string | null | undefined][]): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    entries
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value ?? ''))),
  );
}

/** A list that grows a page at a time ("Afficher plus"), over a Relay connection. */
export function growingList<Node_>(options: {
  load: (
    after: string | undefined,
  ) => Promise<{ nodes: Node_[]; endCursor: string | null; hasNextPage: boolean }>;
  render: (node: Node_) => Node;
  emptyText: string;
  announce: (message: string) => void;
}): { element: HTMLElement; ready: Promise<void> } {
  const list = h('ul', { class: 'cards' });
  const more = h('button', { type: 'button', class: 'secondary' }, 'Afficher plus');
  const element = h('div', {}, list, more);
  let cursor: string | undefined;
  const load = async () => {
    const page = await options.load(cursor);
    const first = list.children.length;
    for (const node of page.nodes) list.appendChild(h('li', {}, options.render(node)));
    if (!list.children.length) element.replaceChildren(empty(options.emptyText));
    cursor = page.endCursor ?? undefined;
    more.hidden = !page.hasNextPage;
    // Keyboard users continue from the first new item rather than from the top.
    if (first > 0) list.children[first]?.querySelector<HTMLElement>('a')?.focus();
    if (first > 0) options.announce(`${page.nodes.length} éléments de plus affichés`);
  };
  more.addEventListener('click', () => void load());
  return { element, ready: load() };
}

/** A page's title: focused after each navigation, so it takes focus by script only. */
export const pageTitle = (text: string, ...more: Node[]) => h('h1', { tabindex: '-1' }, text, ...more);

/** A link to a part of the page that moves the focus there, as keyboard users expect of a skip link. */
export function skipLink(label: string, target: HTMLElement, className?: string): HTMLAnchorElement {
  target.tabIndex = -1;
  return h(
    'a',
    {
      href: `#${target.id}`,
      class: className,
      onclick: (event: Event) => {
        event.preventDefault();
        target.focus();
      },
    },
    label,
  );
}
