import type { PageContext } from './app';
import { h, uniqueId } from './dom';
import { CommuneSearch, type CommuneSearchResult } from './generated/operations';

type Commune = NonNullable<CommuneSearchResult['territories']>['edges'][number]['node'];

export interface CommuneField {
  element: HTMLElement;
  /** The INSEE code of the commune chosen, if any. */
  value(): string | undefined;
  /** Its name, once known. */
  name(): string | undefined;
}

const describe = (commune: Commune) =>
  `${commune.name} (${commune.postalCodes?.[0] ?? commune.department?.code ?? commune.code})`;

/**
 * A commune chosen by name or postal code, from the graph's territories: an ARIA 1.2 combobox
 * (the list of suggestions under the field, arrow keys to move in it, Enter to choose, Escape to
 * close), which works with the keyboard alone and tells screen readers how many suggestions came.
 */
export function communeField(context: PageContext, initialCode: string | undefined): CommuneField {
  const inputId = uniqueId('commune');
  const listId = uniqueId('communes');
  const hintId = uniqueId('commune-aide');
  let chosen: { code: string; name: string } | undefined;
  let options: Commune[] = [];
  let active = -1;
  let request = 0;
  const input = h('input', {
    id: inputId,
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': hintId,
  });
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    class: 'suggestions',
    'aria-label': 'Communes proposées',
    hidden: true,
  });

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (commune: Commune) => {
    chosen = { code: commune.code, name: commune.name };
    input.value = describe(commune);
    close();
  };
  const highlight = (index: number) => {
    active = index;
    for (const [position, option] of [...list.children].entries()) {
      option.setAttribute('aria-selected', String(position === index));
    }
    const option = list.children[index];
    if (option) input.setAttribute('aria-activedescendant', option.id);
  };
  const suggest = async () => {
    const text = input.value.trim();
    chosen = undefined;
    if (text.length < 2) return close();
    const current = ++request;
    const found = await context.client.request(CommuneSearch, { search: text });
    if (current !== request) return;
    options = (found.territories?.edges ?? []).map(({ node }) => node);
    list.replaceChildren(
      ...options.map((commune, index) =>
        h(
          'li',
          {
            id: `${listId}-${index}`,
            role: 'option',
            'aria-selected': 'false',
            // Chosen before the field loses focus to the click.
            onmousedown: (event: Event) => {
              event.preventDefault();
              choose(commune);
            },
          },
          describe(commune),
        ),
      ),
    );
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
    active = -1;
    context.announce(options.length ? `${options.length} communes proposées` : 'Aucune commune trouvée');
  };
  input.addEventListener('input', () => void suggest());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      if (list.hidden) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      highlight((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length && !list.hidden) {
      event.preventDefault();
      highlight((active - 1 + options.length) % options.length);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      // Enter chooses the suggestion; it submits the form only once the list is closed.
      event.preventDefault();
      const commune = options[active];
      if (commune) choose(commune);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);

  if (initialCode) {
    // The commune of a shared address: its name is shown once the graph gives it.
    chosen = { code: initialCode, name: initialCode };
    input.value = initialCode;
    void context.client.request(CommuneSearch, { search: initialCode }).then((found) => {
      const commune = found.territories?.edges.find(({ node }) => node.code === initialCode)?.node;
      if (commune && chosen?.code === initialCode) choose(commune);
    });
  }

  return {
    element: h(
      'div',
      { class: 'field combobox' },
      h('label', { for: inputId }, 'Commune ou code postal'),
      h(
        'p',
        { id: hintId, class: 'hint' },
        'Saisissez au moins deux lettres, puis choisissez dans la liste avec les flèches et Entrée.',
      ),
      input,
      list,
    ),
    value: () => chosen?.code,
    name: () => chosen?.name,
  };
}
