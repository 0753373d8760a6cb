import type { Route } from '../app';
import { empty, facts, pageTitle, section } from '../components';
import { h } from '../dom';
import { formatDate, formatEuros } from '../format';
import {
  DepartmentGovernance,
  type DepartmentGovernanceResult,
  RegionGovernances,
} from '../generated/operations';
import { GraphQLRequestError } from '../graphql-client';
import {
  ACTION_STATUSES,
  COMMITTEE_KINDS,
  CONTRACT_TYPES,
  FREQUENCIES,
  MEMBER_ROLES,
  MEMBER_STATUSES,
  REQUEST_STATUSES,
} from '../labels';

type Governance = NonNullable<NonNullable<DepartmentGovernanceResult['department']>['governance']>;
type Action = Governance['roadmaps'][number]['actions'][number];

function table(caption: string, headings: string[], rows: (Node | string)[][]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headings.map((heading) => h('th', { scope: 'col' }, heading)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map(([first, ...rest]) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, first ?? ''),
            rest.map((cell) => h('td', {}, cell)),
          ),
        ),
      ),
    ),
  );
}

function action(item: Action): HTMLElement {
  return h(
    'article',
    { class: 'card action' },
    h('h4', {}, item.title),
    h('p', {}, item.description),
    facts([
      ['Statut', ACTION_STATUSES[item.status]],
      ['Période', `du ${formatDate(item.startsOn)} au ${formatDate(item.endsOn)}`],
      ['Budget', formatEuros(item.totalBudget)],
      ['Financement demandé', formatEuros(item.fundingRequested)],
      ['Financement accordé', formatEuros(item.fundingGranted)],
    ]),
    item.fundingLines.length
      ? h(
          'ul',
          { class: 'funding-lines' },
          item.fundingLines.map((line) =>
            h(
              'li',
              {},
              `${line.program?.name ?? 'Programme archivé'}${line.program ? ` (${line.program.funder.name})` : ''} : ${formatEuros(line.amountRequested)} demandés, ${REQUEST_STATUSES[line.status].toLowerCase()}${line.amountGranted === null ? '' : `, ${formatEuros(line.amountGranted)} accordés`}`,
            ),
          ),
        )
      : null,
  );
}

/** A département's governance: its figures, members, committees, road maps and their funding. */
export const governancePage: Route = async (context, [code = '']) => {
  const { department } = await context.client.request(DepartmentGovernance, { code });
  if (!department) throw new GraphQLRequestError(`Aucun département n'a le code ${code}.`, 'NOT_FOUND');
  const title = `Gouvernance de l'inclusion numérique : ${department.name}`;
  const governance = department.governance;
  if (!governance) {
    return {
      title,
      content: h('div', {}, pageTitle(title), empty("Ce département n'a pas encore déclaré de gouvernance.")),
    };
  }
  const stats = governance.statistics;
  return {
    title,
    content: h(
      'div',
      { class: 'governance' },
      pageTitle(title),
      section(
        'En chiffres',
        facts([
          ['Membres', `${stats.members} (dont ${stats.confirmedMembers} confirmés)`],
          ['Actions', String(stats.actions)],
          ['Budget prévu', formatEuros(stats.budgetPlanned)],
          ['Financement demandé', formatEuros(stats.fundingRequested)],
          ['Financement accordé', formatEuros(stats.fundingGranted)],
        ]),
      ),
      section(
        'Membres',
        table(
          'Membres de la gouvernance',
          ['Organisation', 'Rôle', 'Statut'],
          governance.members.map((member) => [
            member.organizationName,
            MEMBER_ROLES[member.role],
            MEMBER_STATUSES[member.status],
          ]),
        ),
      ),
      section(
        'Comités',
        governance.committees.length
          ? h(
              'ul',
              {},
              governance.committees.map((committee) =>
                h(
                  'li',
                  {},
                  `${committee.name} (${COMMITTEE_KINDS[committee.kind].toLowerCase()}), se réunit ${FREQUENCIES[committee.frequency]}`,
                  committee.nextMeetingOn
                    ? ` ; prochaine réunion le ${formatDate(committee.nextMeetingOn)}`
                    : '',
                ),
              ),
            )
          : empty('Aucun comité déclaré.'),
      ),
      section(
        'Feuilles de route',
        governance.roadmaps.length
          ? h(
              'div',
              {},
              governance.roadmaps.map((roadmap) =>
                h(
                  'section',
                  { class: 'roadmap' },
                  h('h3', {}, roadmap.title),
                  h('p', { class: 'meta' }, CONTRACT_TYPES[roadmap.contractType]),
                  roadmap.actions.length
                    ? h('div', { class: 'cards' }, roadmap.actions.map(action))
                    : empty('Aucune action.'),
                ),
              ),
            )
          : empty('Aucune feuille de route.'),
      ),
    ),
  };
};

/** The governance of the portal's territory: its département's, or each of its région's. */
export const territoryGovernancePage: Route = async (context, params, query) => {
  const { scope } = context.portal;
  const departmentCode = scope.departments?.[0]?.code ?? scope.communes?.[0]?.department.code;
  const region = scope.regions?.[0];
  if (!region && departmentCode) return governancePage(context, [departmentCode, ...params], query);
  if (!region)
    return {
      title: 'Gouvernance',
      content: h('div', {}, pageTitle('Gouvernance'), empty("Ce portail n'a pas de territoire.")),
    };
  const result = await context.client.request(RegionGovernances, { code: region.code });
  const title = `Gouvernances de l'inclusion numérique : ${result.region?.name ?? region.name}`;
  return {
    title,
    content: h(
      'div',
      {},
      pageTitle(title),
      table(
        'Gouvernance de chaque département',
        ['Département', 'Membres', 'Actions', 'Budget prévu', 'Financement accordé'],
        (result.region?.departments ?? []).map((department) => [
          h('a', { href: context.href(`/departements/${department.code}`) }, department.name),
          String(department.governanceStatistics.members),
          String(department.governanceStatistics.actions),
          formatEuros(department.governanceStatistics.budgetPlanned),
          formatEuros(department.governanceStatistics.fundingGranted),
        ]),
      ),
    ),
  };
};
