import type { EventSeed } from './seed-types';

/** The demo events, dated relative to the day the seed runs so that they are upcoming at first start. */
export const EVENTS: EventSeed[] = [
  {
    slug: 'cafe-numerique-mont-de-marsan-arnaques-en-ligne',
    title: 'Café numérique au bus numérique : déjouer les arnaques en ligne',
    summary:
      'Un moment convivial pour apprendre à reconnaître les faux SMS, les faux conseillers bancaires et les sites frauduleux, et savoir où les signaler.',
    description: `## Au programme

- Les arnaques du moment, à partir d'exemples réels.
- Les signes qui doivent alerter.
- Les bons réflexes et les numéros utiles : 33700, 17Cyber.

Venez avec votre téléphone : nous vérifierons ensemble quelques réglages de sécurité. Entrée libre, café offert.`,
    startsInDays: 3,
    startTime: '10:00',
    durationMinutes: 120,
    online: false,
    venue: 'Bus numérique des Landes, 36 avenue de la Libération, 40000 Mont-de-Marsan',
    place: 'demo-40-0001',
    territory: { kind: 'COMMUNE', code: '40192' },
    audiences: ['CITIZENS'],
  },
  {
    slug: 'webinaire-financer-la-mediation-numerique',
    title: 'Webinaire : financer la médiation numérique, les dispositifs à connaître',
    summary:
      "Un tour d'horizon des financements mobilisables pour un projet de médiation numérique, avec des témoignages de structures financées.",
    description: `## Au programme

1. Panorama des financements : État, fonds européens, CAF, collectivités, fondations.
2. Comment articuler plusieurs financeurs sur un même projet.
3. Témoignages de deux structures.
4. Questions-réponses.

Le webinaire est enregistré et la rediffusion est envoyée aux inscrits.`,
    startsInDays: 10,
    startTime: '11:00',
    durationMinutes: 90,
    online: true,
    onlineUrl: 'https://webinaires.passerelle.example/financer-la-mediation',
    registrationUrl: 'https://evenements.passerelle.example/financer-la-mediation',
    audiences: ['MEDIATORS', 'ELECTED_OFFICIALS'],
  },
  {
    slug: 'atelier-aidants-connect-landes',
    title: 'Découvrir Aidants Connect : demi-journée pour les structures landaises',
    summary:
      "Une présentation du service Aidants Connect et de son parcours d'habilitation, pour les structures des Landes qui font des démarches pour le compte des usagers.",
    description: `## Pour qui

Responsables de CCAS, agents France Services, travailleurs sociaux, associations et secrétaires de mairie des Landes.

## Au programme

- Pourquoi ne plus conserver les identifiants des usagers.
- Démonstration de la création d'un mandat.
- Le parcours d'habilitation et la formation des aidants.
- Témoignage d'une structure habilitée.`,
    startsInDays: 14,
    startTime: '14:00',
    durationMinutes: 180,
    online: false,
    venue: 'Tiers-lieu Le Hangar, 32 rue du Général de Gaulle, 40400 Saint-Yaguen',
    place: 'demo-40-0005',
    territory: { kind: 'DEPARTMENT', code: '40' },
    registrationUrl: 'https://evenements.landes.example/aidants-connect',
    audiences: ['DIGITAL_HELPERS', 'SOCIAL_WORKERS'],
  },
  {
    slug: 'atelier-mon-espace-sante-limoges',
    title: 'Atelier : activer et utiliser Mon espace santé',
    summary:
      'Un atelier pratique pour activer son espace, y retrouver ses documents médicaux et choisir qui peut les consulter.',
    description: `## Au programme

- Ce que contient Mon espace santé, et ce qu'il ne contient pas.
- Activation pas à pas.
- Ajouter une ordonnance ou un résultat d'analyse.
- Gérer les accès des professionnels de santé.

Apportez votre carte Vitale et votre téléphone portable. Places limitées à dix personnes.`,
    startsInDays: 18,
    startTime: '14:30',
    durationMinutes: 120,
    online: false,
    venue: 'La Ruche numérique, 41 place de la Mairie, 87000 Limoges',
    place: 'demo-87-0006',
    territory: { kind: 'COMMUNE', code: '87085' },
    audiences: ['CITIZENS'],
  },
  {
    slug: 'webinaire-pix-orga-pour-les-mediateurs',
    title: 'Webinaire : lancer une campagne Pix Orga dans sa structure',
    summary:
      "Une heure pour découvrir Pix Orga, créer une campagne d'évaluation et exploiter les résultats d'un groupe d'apprenants.",
    description: `## Au programme

- Créer l'espace Pix Orga de sa structure.
- Choisir un parcours adapté aux publics débutants.
- Partager un code de campagne et suivre les résultats.
- Débriefer les résultats avec les apprenants.`,
    startsInDays: 21,
    startTime: '14:00',
    durationMinutes: 60,
    online: true,
    onlineUrl: 'https://webinaires.passerelle.example/pix-orga',
    registrationUrl: 'https://evenements.passerelle.example/pix-orga',
    audiences: ['MEDIATORS'],
  },
  {
    slug: 'formation-agents-accueil-bordeaux',
    title: "Formation : orienter les usagers en difficulté numérique, pour les agents d'accueil bordelais",
    summary:
      "Une journée de formation pour les agents d'accueil de la Ville, du CCAS et des partenaires : repérer, orienter et passer le relais.",
    description: `## Objectifs

- Repérer une difficulté numérique sans stigmatiser.
- Connaître l'offre d'accompagnement bordelaise.
- Utiliser la fiche d'orientation commune.
- Comprendre le cadre d'Aidants Connect.

## Modalités

Journée complète, déjeuner libre. Inscription par l'intermédiaire de votre responsable de service.`,
    startsInDays: 30,
    startTime: '09:00',
    durationMinutes: 390,
    online: false,
    venue: 'Bibliothèque municipale, 75 allée des Tilleuls, 33000 Bordeaux',
    place: 'demo-33-0006',
    territory: { kind: 'COMMUNE', code: '33063' },
    registrationUrl: 'https://evenements.bordeaux.example/formation-accueil-numerique',
    audiences: ['SOCIAL_WORKERS', 'DIGITAL_HELPERS'],
  },
  {
    slug: 'webinaire-parentalite-numerique',
    title: 'Webinaire : accompagner les parents face aux écrans',
    summary:
      "Des repères et des outils pour animer des ateliers parentalité numérique, avec l'expérience de centres sociaux et d'une CAF.",
    description: `## Au programme

- Les questions les plus fréquentes des parents.
- Les repères par âge et les outils de contrôle parental.
- Retours d'expérience d'ateliers parents-enfants.
- Les ressources à remettre aux familles.

Séance en soirée pour permettre aux professionnels de terrain d'y assister.`,
    startsInDays: 35,
    startTime: '18:30',
    durationMinutes: 90,
    online: true,
    onlineUrl: 'https://webinaires.passerelle.example/parentalite-numerique',
    registrationUrl: 'https://evenements.passerelle.example/parentalite-numerique',
    audiences: ['SOCIAL_WORKERS', 'MEDIATORS'],
  },
  {
    slug: 'rencontre-regionale-mediation-numerique-nouvelle-aquitaine',
    title: 'Rencontre régionale des acteurs de la médiation numérique en Nouvelle-Aquitaine',
    summary:
      "La journée annuelle du réseau régional : plénière, ateliers d'échange de pratiques, présentation des feuilles de route départementales.",
    description: `## Au programme

- **Matin** : plénière sur l'état de l'inclusion numérique en Nouvelle-Aquitaine et les feuilles de route départementales.
- **Après-midi** : six ateliers au choix (aller vers en zone rurale, Pass numérique, Aidants Connect, diagnostic, parentalité, financement).
- **Fin de journée** : temps d'échange informel entre structures.

Ouvert aux médiateurs, conseillers numériques, structures, élus et partenaires. Gratuit sur inscription.`,
    startsInDays: 45,
    startTime: '09:30',
    durationMinutes: 420,
    online: false,
    venue: 'Centre de congrès, 33000 Bordeaux',
    territory: { kind: 'REGION', code: '75' },
    registrationUrl: 'https://evenements.nouvelle-aquitaine.example/rencontre-regionale',
    audiences: ['MEDIATORS', 'ELECTED_OFFICIALS', 'DIGITAL_HELPERS'],
  },
  {
    slug: 'journee-departementale-inclusion-numerique-landes',
    title: "Journée départementale de l'inclusion numérique des Landes",
    summary:
      'Le bilan annuel de la feuille de route landaise, les nouveaux dispositifs et des ateliers pour les acteurs du territoire.',
    description: `## Au programme

1. Bilan de la feuille de route départementale et chiffres clés de l'année.
2. Présentation du bus numérique et des nouvelles permanences.
3. Ateliers : orientation, Pass numérique, formation des agents d'accueil.
4. Forum des structures.

Déjeuner offert aux participants inscrits.`,
    startsInDays: 60,
    startTime: '09:00',
    durationMinutes: 450,
    online: false,
    venue: 'Salle des fêtes, 40000 Mont-de-Marsan',
    territory: { kind: 'DEPARTMENT', code: '40' },
    registrationUrl: 'https://evenements.landes.example/journee-inclusion-numerique',
    audiences: ['MEDIATORS', 'ELECTED_OFFICIALS', 'SOCIAL_WORKERS'],
  },
  {
    slug: 'webinaire-feuilles-de-route-france-numerique-ensemble',
    title: 'Webinaire élus : piloter une feuille de route France Numérique Ensemble',
    summary:
      "Comment les élus peuvent s'impliquer dans la gouvernance locale de l'inclusion numérique, avec des exemples de feuilles de route départementales.",
    description: `## Au programme

- Le cadre de la stratégie nationale et le rôle des collectivités.
- Composer la gouvernance : qui associer, comment décider.
- Suivre les actions et rendre compte.
- Exemples de deux départements.`,
    startsInDays: 75,
    startTime: '10:00',
    durationMinutes: 120,
    online: true,
    onlineUrl: 'https://webinaires.passerelle.example/feuilles-de-route',
    registrationUrl: 'https://evenements.passerelle.example/feuilles-de-route',
    audiences: ['ELECTED_OFFICIALS'],
  },
  {
    slug: 'semaine-du-numerique-saint-denis-reunion',
    title: 'Journée portes ouvertes du numérique à Saint-Denis',
    summary:
      "Une journée ouverte à tous pour découvrir les lieux d'accompagnement, se faire aider pour une démarche et participer à des ateliers découverte.",
    description: `## Au programme

- Stands des France Services, des conseillers numériques et des associations.
- Aide aux démarches en continu, sans rendez-vous.
- Ateliers découverte toutes les heures : smartphone, messagerie, sécurité.
- Espace enfants et parents.

Accompagnement possible en créole.`,
    startsInDays: 120,
    startTime: '08:30',
    durationMinutes: 480,
    online: false,
    venue: 'Espace public numérique, 118 rue Pasteur, 97400 Saint-Denis',
    place: 'demo-974-0004',
    territory: { kind: 'COMMUNE', code: '97411' },
    audiences: ['CITIZENS'],
  },
  {
    slug: 'webinaire-cybersecurite-pour-les-mediateurs',
    title: 'Webinaire : animer un atelier cybersécurité avec le kit de sensibilisation',
    summary:
      'Une heure pour prendre en main le kit de sensibilisation de Cybermalveillance.gouv.fr et construire un atelier grand public.',
    description: `## Au programme

- Présentation des contenus du kit.
- Déroulé type d'un atelier de quarante-cinq minutes.
- Mises en situation à partir de messages frauduleux.
- Orienter une victime : les services à connaître.`,
    startsInDays: 150,
    startTime: '11:00',
    durationMinutes: 60,
    online: true,
    onlineUrl: 'https://webinaires.passerelle.example/cybersecurite',
    registrationUrl: 'https://evenements.passerelle.example/cybersecurite',
    audiences: ['MEDIATORS', 'DIGITAL_HELPERS'],
  },
];
