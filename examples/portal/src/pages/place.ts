import type { PageContext, Route } from '../app';
import { cardList, eventCard, facts, pageTitle, practiceCard, section } from '../components';
import { h, uniqueId } from '../dom';
import { formatDate, formatWeekday } from '../format';
import { Place, type PlaceIssueKind, type PlaceResult, ReportPlaceIssue } from '../generated/operations';
import { GraphQLRequestError } from '../graphql-client';
import { ISSUE_KINDS } from '../labels';
import { openingStatus } from '../opening-hours';
import { labelsOf, placeVocabulary, type Vocabulary } from '../vocabulary';

type PlaceDetails = NonNullable<PlaceResult['place']>;

const labelList = (labels: string[]) =>
  labels.length
    ? h(
        'ul',
        { class: 'tags' },
        labels.map((label) => h('li', {}, label)),
      )
    : null;

function openingHours(place: PlaceDetails): HTMLElement {
  const hours = place.openingHours;
  if (!hours)
    return section(
      'Horaires',
      h('p', {}, "Le lieu n'a pas publié ses horaires : appelez-le avant de vous déplacer."),
    );
  if (!hours.isValid) return section('Horaires', h('p', {}, hours.osm));
  const status = openingStatus(hours);
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
  return section(
    'Horaires',
    status
      ? h('p', { class: hours.isOpenNow ? 'badge open' : 'badge closed', 'data-testid': 'open-now' }, status)
      : null,
    h(
      'table',
      { class: 'hours' },
      h('caption', {}, 'Horaires de la semaine, heure locale'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Jour'), h('th', { scope: 'col' }, 'Ouverture'))),
      h(
        'tbody',
        {},
        hours.week.map((day) =>
          h(
            'tr',
            { 'aria-current': day.date === today ? 'date' : false },
            h('th', { scope: 'row' }, formatWeekday(day.date)),
            h(
              'td',
              {},
              day.intervals.length
                ? day.intervals
                    .map(
                      (interval) =>
                        `${interval.opens} – ${interval.closes}${interval.comment ? ` (${interval.comment})` : ''}`,
                    )
                    .join(', ')
                : 'Fermé',
            ),
          ),
        ),
      ),
    ),
  );
}

function howToGetHelp(place: PlaceDetails, vocabulary: Vocabulary): HTMLElement {
  return section(
    'Comment se faire accompagner',
    facts([
      ["Modalités d'accès", labelList(labelsOf(vocabulary, 'accessModes', place.accessModes))],
      ["Modalités d'accompagnement", labelList(labelsOf(vocabulary, 'supportModes', place.supportModes))],
      ['Frais à charge', labelsOf(vocabulary, 'fees', place.fees).join(', ')],
      ['Téléphone', place.phone ? h('a', { href: `tel:${place.phone}` }, place.phone) : null],
      [
        'Courriel',
        place.emails.length
          ? h(
              'span',
              {},
              place.emails.map((email) => h('a', { href: `mailto:${email}` }, email)),
            )
          : null,
      ],
      [
        'Site',
        place.websites.length
          ? h(
              'span',
              {},
              place.websites.map((url) => h('a', { href: url }, url)),
            )
          : null,
      ],
      [
        'Rendez-vous en ligne',
        place.appointmentUrl ? h('a', { href: place.appointmentUrl }, 'Prendre rendez-vous') : null,
      ],
      [
        'Accessibilité',
        place.accessibilitySheetUrl
          ? h('a', { href: place.accessibilitySheetUrl }, "Fiche d'accessibilité")
          : null,
      ],
    ]),
  );
}

function passNumerique(place: PlaceDetails): HTMLElement | null {
  const campaigns = place.passNumeriqueCampaigns ?? [];
  if (!campaigns.length) return null;
  return section(
    'Pass numérique',
    h('p', {}, 'Ce lieu accepte les Pass numérique de ces campagnes :'),
    h(
      'ul',
      {},
      campaigns.map((campaign) =>
        h(
          'li',
          {},
          `${campaign.issuer}, du ${formatDate(campaign.startsOn)} au ${formatDate(campaign.endsOn)}`,
        ),
      ),
    ),
  );
}

/** "Signaler une erreur": anyone may, no sign-in; the report goes to the place's data managers. */
function reportForm(context: PageContext, place: PlaceDetails): HTMLElement {
  const kindId = uniqueId('signalement-type');
  const messageId = uniqueId('signalement-message');
  const messageHint = uniqueId('signalement-aide');
  const contactId = uniqueId('signalement-contact');
  const outcome = h('div', { class: 'outcome' });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'report',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const data = new FormData(form);
        const submit = form.querySelector('button');
        if (submit) submit.disabled = true;
        try {
          const receipt = await context.client.request(ReportPlaceIssue, {
            placeId: place.id,
            kind: String(data.get('type')) as PlaceIssueKind,
            message: String(data.get('message') ?? ''),
            contact: String(data.get('contact') ?? '').trim() || null,
          });
          form.reset();
          outcome.replaceChildren(
            h(
              'p',
              { role: 'status', class: 'success' },
              `Merci : votre signalement a été transmis aux gestionnaires du lieu (référence ${receipt.reportPlaceIssue.id.slice(0, 8)}).`,
            ),
          );
        } catch (error) {
          outcome.replaceChildren(
            h(
              'p',
              { role: 'alert', class: 'error' },
              error instanceof GraphQLRequestError
                ? `Le signalement n'a pas été transmis : ${error.message}`
                : "Le signalement n'a pas été transmis.",
            ),
          );
        } finally {
          if (submit) submit.disabled = false;
        }
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: kindId }, "Qu'est-ce qui est faux ?"),
      h(
        'select',
        { id: kindId, name: 'type', required: true },
        Object.entries(ISSUE_KINDS).map(([value, label]) => h('option', { value }, label)),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: messageId }, 'Ce qu’il faut corriger (obligatoire)'),
      h('p', { id: messageHint, class: 'hint' }, 'Entre 5 et 2 000 caractères.'),
      h('textarea', {
        id: messageId,
        name: 'message',
        required: true,
        minlength: 5,
        maxlength: 2000,
        rows: 4,
        'aria-describedby': messageHint,
      }),
    ),
    h(
      'div',
      { class: 'field' },
      h(
        'label',
        { for: contactId },
        'Votre courriel ou téléphone, si vous acceptez d’être recontacté (facultatif)',
      ),
      h('input', { id: contactId, name: 'contact', type: 'text', maxlength: 200, autocomplete: 'email' }),
    ),
    h('button', { type: 'submit' }, 'Envoyer le signalement'),
  );
  return section(
    'Signaler une erreur',
    h('p', {}, 'Une information est fausse ou manque ? Dites-le aux gestionnaires du lieu.'),
    form,
    outcome,
  );
}

/** A place's page: what it offers, to whom, when, how to get there, and what the graph links to it. */
export const placePage: Route = async (context, [id = '']) => {
  const [vocabulary, { place }] = await Promise.all([
    placeVocabulary(context),
    context.client.request(Place, { id }),
  ]);
  if (!place)
    throw new GraphQLRequestError("Ce lieu n'existe pas ou a été retiré de l'annuaire.", 'NOT_FOUND');
  const address = [
    place.address.street,
    place.address.complement,
    `${place.address.postalCode} ${place.address.communeName}`,
  ]
    .filter(Boolean)
    .join(', ');
  const practices = [...(place.practices ?? [])];
  for (const { node } of place.commune?.practices?.edges ?? []) {
    if (!practices.some((practice) => practice.id === node.id)) practices.push(node);
  }
  return {
    title: place.name,
    content: h(
      'article',
      { class: 'place-page' },
      h('p', { class: 'breadcrumb' }, h('a', { href: context.href('/lieux') }, 'Retour à la recherche')),
      pageTitle(place.name),
      h('p', { class: 'lead' }, address),
      place.summary ? h('p', {}, place.summary) : null,
      place.description ? h('p', {}, place.description) : null,
      place.isStale
        ? h(
            'p',
            { class: 'notice' },
            `Informations mises à jour le ${formatDate(place.updatedOn)} : elles ont plus d'un an.`,
          )
        : null,
      section(
        'Services et publics',
        facts([
          ['Services proposés', labelList(labelsOf(vocabulary, 'services', place.services))],
          [
            'Publics spécifiquement adressés',
            labelList(labelsOf(vocabulary, 'specificPublics', place.specificPublics)),
          ],
          [
            'Prise en charge spécifique',
            labelList(labelsOf(vocabulary, 'specificSupport', place.specificSupport)),
          ],
          [
            'Dispositifs et programmes',
            labelList(labelsOf(vocabulary, 'nationalPrograms', place.nationalPrograms)),
          ],
          [
            'Formations et labels',
            labelList([
              ...labelsOf(vocabulary, 'trainingLabels', place.trainingLabels),
              ...place.otherTrainingLabels,
            ]),
          ],
          ['Lieu', labelsOf(vocabulary, 'itinerance', place.itinerance).join(', ')],
        ]),
      ),
      openingHours(place),
      howToGetHelp(place, vocabulary),
      passNumerique(place),
      section(
        'Initiatives à proximité',
        cardList(
          practices.map((practice) => practiceCard(context, practice)),
          'Aucune initiative connue dans cette commune.',
        ),
      ),
      place.events?.length
        ? section(
            'Événements dans ce lieu',
            cardList(
              place.events.map((event) => eventCard(context, event)),
              '',
            ),
          )
        : null,
      reportForm(context, place),
      h(
        'p',
        { class: 'meta' },
        `Informations publiées par le lieu, mises à jour le ${formatDate(place.updatedOn)}.`,
      ),
    ),
  };
};
