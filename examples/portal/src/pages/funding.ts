import type { Route } from '../app';
import { facts, growingList, pageTitle } from '../components';
import { h, uniqueId } from '../dom';
import { formatDate, formatEuros, formatNumber, plural } from '../format';
import {
  type Beneficiary,
  type FundingProgramStatus,
  FundingPrograms,
  type FundingProgramsResult,
  type FundingProgramsVariables,
  type FundingTheme,
} from '../generated/operations';
import { PROGRAM_KINDS, PROGRAM_STATUSES } from '../labels';

type Program = NonNullable<FundingProgramsResult['fundingPrograms']>['edges'][number]['node'];
type Vocabulary = NonNullable<FundingProgramsResult['fundingVocabulary']>;

const STILL_OPEN: FundingProgramStatus[] = ['OPEN', 'CLOSING_SOON', 'PERMANENT', 'UPCOMING'];

function amounts(program: Program): string | null {
  const { minAmount, maxAmount } = program;
  if (minAmount !== null && maxAmount !== null)
    return `de ${formatEuros(minAmount)} à ${formatEuros(maxAmount)}`;
  if (maxAmount !== null) return `jusqu'à ${formatEuros(maxAmount)}`;
  if (minAmount !== null) return `à partir de ${formatEuros(minAmount)}`;
  return null;
}

function programCard(program: Program, vocabulary: Vocabulary): HTMLElement {
  const label = (list: { value: string; label: string }[], values: string[]) =>
    list
      .filter((entry) => values.includes(entry.value))
      .map((entry) => entry.label)
      .join(', ');
  return h(
    'article',
    { class: 'card program' },
    h('h3', {}, program.link ? h('a', { href: program.link }, program.name) : program.name),
    h('p', { class: `badge status-${program.status.toLowerCase()}` }, PROGRAM_STATUSES[program.status]),
    h('p', {}, program.summary),
    facts([
      ['Financeur', program.funder.name],
      ['Forme', PROGRAM_KINDS[program.kind]],
      ['Montant', amounts(program)],
      [
        'Taux de cofinancement',
        program.cofundingRate === null ? null : `${formatNumber(program.cofundingRate)} %`,
      ],
      ['Ouverture', program.opensOn ? formatDate(program.opensOn) : null],
      ['Date limite', program.closesOn ? formatDate(program.closesOn) : 'Sans date limite'],
      ['Bénéficiaires', label(vocabulary.beneficiaries, program.beneficiaries)],
      ['Thèmes', label(vocabulary.themes, program.themes)],
    ]),
  );
}

/** The programmes open to the portal's territory, filtered by beneficiary, theme and deadline. */
export const fundingPage: Route = async (context, _params, query) => {
  const variables: FundingProgramsVariables = {
    beneficiary: (query.get('beneficiaire') as Beneficiary | null) || undefined,
    theme: (query.get('theme') as FundingTheme | null) || undefined,
    closesBefore: query.get('avant-le') || undefined,
    status: query.get('clos') === '1' ? undefined : STILL_OPEN,
  };
  const first = await context.client.request(FundingPrograms, variables);
  const vocabulary = first.fundingVocabulary ?? { beneficiaries: [], themes: [] };
  const ids = {
    beneficiary: uniqueId('beneficiaire'),
    theme: uniqueId('theme'),
    deadline: uniqueId('avant-le'),
    closed: uniqueId('clos'),
  };
  const choice = (id: string, name: string, label: string, entries: { value: string; label: string }[]) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h(
        'select',
        { id, name },
        h('option', { value: '' }, 'Tous'),
        entries.map((entry) =>
          h('option', { value: entry.value, selected: query.get(name) === entry.value }, entry.label),
        ),
      ),
    );
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'filters-inline',
      'aria-label': 'Filtrer les financements',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const next = new URLSearchParams();
        for (const [name, value] of new FormData(form)) if (value) next.set(name, String(value));
        context.navigate('/financements', next);
      },
    },
    choice(ids.beneficiary, 'beneficiaire', 'Bénéficiaire', vocabulary.beneficiaries),
    choice(ids.theme, 'theme', 'Thème', vocabulary.themes),
    h(
      'div',
      { class: 'field' },
      h('label', { for: ids.deadline }, 'Date limite au plus tard le'),
      h('input', { id: ids.deadline, name: 'avant-le', type: 'date', value: query.get('avant-le') ?? '' }),
    ),
    h(
      'div',
      { class: 'checkbox' },
      h('input', {
        id: ids.closed,
        name: 'clos',
        type: 'checkbox',
        value: '1',
        checked: query.get('clos') === '1',
      }),
      h('label', { for: ids.closed }, 'Inclure les programmes clos'),
    ),
    h('button', { type: 'submit' }, 'Filtrer'),
  );
  let served = false;
  const list = growingList<Program>({
    // The first page came with the vocabulary; later ones are asked for.
    load: async (after) => {
      const page = served
        ? (await context.client.request(FundingPrograms, { ...variables, after })).fundingPrograms
        : first.fundingPrograms;
      served = true;
      return {
        nodes: (page?.edges ?? []).map(({ node }) => node),
        endCursor: page?.pageInfo.endCursor ?? null,
        hasNextPage: page?.pageInfo.hasNextPage ?? false,
      };
    },
    render: (program) => programCard(program, vocabulary),
    emptyText: 'Aucun programme ne correspond à ces critères.',
    announce: context.announce,
  });
  await list.ready;
  const total = first.fundingPrograms?.totalCount ?? 0;
  return {
    title: 'Financements',
    content: h(
      'div',
      {},
      pageTitle('Financements'),
      h(
        'p',
        {},
        'Les programmes ouverts au territoire du portail : nationaux, régionaux et locaux, ceux auxquels on peut encore candidater en premier.',
      ),
      form,
      h('h2', {}, plural(total, 'programme', 'programmes')),
      list.element,
    ),
  };
};
