import type { PortalSeed } from './seed-types';

/** The three demo portals: a région, a département and a city, each with its own look and pages. */
export const PORTALS: PortalSeed[] = [
  {
    slug: 'nouvelle-aquitaine',
    name: 'Inclusion numérique Nouvelle-Aquitaine',
    tagline: "Trouver de l'aide, se former et agir pour un numérique accessible à tous en Nouvelle-Aquitaine",
    territories: [{ kind: 'REGION', code: '75' }],
    logo: {
      file: 'nouvelle-aquitaine.svg',
      alternativeText: 'Logo de Inclusion numérique Nouvelle-Aquitaine',
    },
    colours: { primary: '#1d4f91', secondary: '#e8f0fa', accent: '#f2a900' },
    featuredGuides: [
      'pass-numerique-nouvelle-aquitaine',
      'rejoindre-le-reseau-regional-de-mediation-numerique',
      'aller-vers-les-publics-en-zone-rurale',
      'construire-une-feuille-de-route-france-numerique-ensemble',
      'accompagner-une-premiere-demarche-en-ligne',
    ],
    featuredPractices: [
      'cooperative-regionale-mediation-numerique-nouvelle-aquitaine',
      'bus-numerique-des-landes',
      'ateliers-numeriques-bibliotheques-de-quartier-bordeaux',
      'cafe-numerique-seniors-limoges',
    ],
    navigation: [
      { label: 'Trouver un lieu', url: '/lieux' },
      { label: 'Guides', url: '/guides' },
      { label: 'Bonnes pratiques', url: '/pratiques' },
      { label: 'Boîte à outils', url: '/ressources' },
      { label: 'Agenda', url: '/evenements' },
      { label: 'Financements', url: '/financements' },
      { label: 'Gouvernances', url: '/gouvernance' },
      { label: 'À propos', url: '/pages/nouvelle-aquitaine-a-propos' },
    ],
    pages: [
      {
        slug: 'nouvelle-aquitaine-a-propos',
        title: 'À propos',
        position: 1,
        body: `## Un portail pour l'inclusion numérique en Nouvelle-Aquitaine

Ce portail rassemble en un seul endroit les lieux où se faire accompagner au numérique, les guides pratiques, les initiatives locales et les financements disponibles dans les douze départements de la région.

## À qui s'adresse-t-il

- **Aux habitants**, pour trouver près de chez eux un lieu où se faire aider ou apprendre.
- **Aux aidants et aux médiateurs**, pour trouver des outils, des formations et des partenaires.
- **Aux élus et aux services des collectivités**, pour suivre les feuilles de route départementales et connaître les financements.

## D'où viennent les données

- Les lieux proviennent de la cartographie nationale des lieux d'inclusion numérique, complétée par les acteurs du territoire.
- Les guides et les bonnes pratiques sont rédigés par le réseau régional et ses partenaires.
- Les financements et les feuilles de route sont renseignés par les porteurs.

## Contribuer

Vous animez un lieu de médiation numérique ou une initiative qui pourrait inspirer d'autres territoires ? Écrivez-nous pour la faire connaître.

*Ce portail est une démonstration de Passerelle : les initiatives, contacts et chiffres présentés sont fictifs.*`,
      },
      {
        slug: 'nouvelle-aquitaine-mentions-legales',
        title: 'Mentions légales',
        position: 2,
        body: `## Éditeur

Portail de démonstration édité à l'aide de Passerelle, logiciel libre pour les portails territoriaux d'inclusion numérique.

Contact : contact@inclusion-nouvelle-aquitaine.example

## Hébergement

Les informations relatives à l'hébergeur sont à compléter par l'opérateur du portail.

## Données personnelles

Ce portail ne dépose aucun cookie de mesure d'audience sans votre consentement. Les informations transmises par les formulaires de contact sont utilisées uniquement pour répondre à votre demande et conservées au maximum un an.

Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données. Pour l'exercer, écrivez à l'adresse ci-dessus. Vous pouvez également adresser une réclamation à la CNIL.

## Accessibilité

Le portail vise la conformité au référentiel général d'amélioration de l'accessibilité (RGAA). Si vous rencontrez une difficulté, signalez-la nous : nous vous apporterons l'information par un autre moyen.

## Réutilisation des contenus

Sauf mention contraire, les contenus éditoriaux sont réutilisables sous licence ouverte, avec mention de la source.`,
      },
      {
        slug: 'nouvelle-aquitaine-contact',
        title: 'Contact',
        position: 3,
        body: `## Nous écrire

Pour toute question sur le portail, pour signaler une information erronée ou proposer une bonne pratique :

- **Courriel** : contact@inclusion-nouvelle-aquitaine.example
- **Téléphone** : 05 57 00 00 00, du lundi au vendredi de 9 h à 17 h

## Vous cherchez de l'aide pour une démarche

Cette équipe ne traite pas les démarches individuelles. Pour être accompagné :

1. Consultez la carte des lieux pour trouver un lieu de médiation ou une France Services près de chez vous.
2. Appelez le lieu choisi pour connaître ses horaires.
3. Munissez-vous de vos identifiants et des courriers concernés.

## Coordinations départementales

Chaque département dispose d'une coordination de l'inclusion numérique. Ses coordonnées figurent sur la page du département, accessible depuis la carte.`,
      },
    ],
  },
  {
    slug: 'landes',
    name: 'Landes numérique solidaire',
    tagline: 'Dans les Landes, personne ne reste seul face au numérique',
    territories: [{ kind: 'DEPARTMENT', code: '40' }],
    logo: { file: 'landes.svg', alternativeText: 'Logo de Landes numérique solidaire' },
    colours: { primary: '#0b6e4f', secondary: '#eef7f1', accent: '#e4572e' },
    featuredGuides: [
      'trouver-un-conseiller-numerique-dans-les-landes',
      'faire-ses-demarches-dans-une-france-services-des-landes',
      'mont-de-marsan-parcours-numerique-seniors',
      'utiliser-aidants-connect',
    ],
    featuredPractices: [
      'bus-numerique-des-landes',
      'atelier-reconditionnement-ordinateurs-mont-de-marsan',
      'permanences-numeriques-mairies-de-quartier-dax',
    ],
    navigation: [
      { label: "Trouver de l'aide", url: '/lieux' },
      { label: 'Guides pratiques', url: '/guides' },
      { label: 'Initiatives landaises', url: '/pratiques' },
      { label: 'Agenda', url: '/evenements' },
      { label: 'Pour les professionnels', url: '/ressources' },
      { label: 'Le département', url: '/departements/40' },
      { label: 'À propos', url: '/pages/landes-a-propos' },
    ],
    pages: [
      {
        slug: 'landes-a-propos',
        title: 'À propos',
        position: 1,
        body: `## Landes numérique solidaire

Ce portail présente l'offre d'accompagnement au numérique dans les Landes : lieux de médiation, France Services, conseillers numériques, bus numérique, ateliers et permanences.

Il accompagne la feuille de route départementale pour l'inclusion numérique, portée conjointement par l'État et le Département avec les intercommunalités, les organismes sociaux et les associations.

## Ce que vous y trouverez

- **La carte des lieux** où se faire aider, avec leurs horaires et leurs services.
- **Des guides pratiques** pour les démarches courantes.
- **Les initiatives landaises** qui fonctionnent et peuvent être reprises ailleurs.
- **L'agenda** des ateliers, des formations et des rencontres.
- **Un espace pour les professionnels** : outils, modèles et formations.

## Les partenaires

La feuille de route associe notamment les intercommunalités, la CAF, la MSA, la caisse primaire d'assurance maladie, France Travail, le centre de gestion de la fonction publique territoriale et le réseau des lieux de médiation.

*Portail de démonstration : les contenus, contacts et chiffres sont fictifs.*`,
      },
      {
        slug: 'landes-trouver-de-l-aide',
        title: "Trouver de l'aide près de chez vous",
        position: 2,
        body: `## Vous avez besoin d'aide pour une démarche

- **Une démarche urgente** (CAF, retraite, impôts, carte grise) : rendez-vous dans une France Services. Les agents vous aident gratuitement.
- **Vous voulez apprendre** à utiliser votre téléphone ou votre ordinateur : inscrivez-vous à un atelier avec un conseiller numérique.
- **Vous ne pouvez pas vous déplacer** : consultez le calendrier du bus numérique, qui passe dans de nombreuses communes.

## Comment trouver le bon lieu

1. Ouvrez la carte des lieux.
2. Indiquez votre commune.
3. Filtrez selon votre besoin : démarches, apprentissage, matériel en libre accès.
4. Appelez le lieu pour vérifier les horaires.

## Ce qu'il faut apporter

- Votre pièce d'identité.
- Vos identifiants si vous en avez (adresse électronique, numéro fiscal, numéro allocataire).
- Les courriers concernés.
- Votre téléphone portable.

## Par téléphone

La coordination départementale de l'inclusion numérique peut vous orienter : 05 58 00 00 00, du lundi au vendredi de 9 h à 12 h.`,
      },
      {
        slug: 'landes-mentions-legales',
        title: 'Mentions légales',
        position: 3,
        body: `## Éditeur

Portail de démonstration réalisé avec Passerelle.

Contact : inclusion@landes.example

## Données personnelles

Aucune donnée personnelle n'est collectée lors de la simple consultation du portail. Les messages envoyés par le formulaire de contact servent uniquement à vous répondre et sont supprimés au bout d'un an.

Vous pouvez exercer vos droits d'accès, de rectification et d'effacement en écrivant à l'adresse ci-dessus, et saisir la CNIL en cas de difficulté.

## Accessibilité

Le portail est conçu pour respecter le référentiel général d'amélioration de l'accessibilité (RGAA). Signalez-nous tout défaut d'accessibilité.

## Sources

Les informations sur les lieux proviennent de la cartographie nationale des lieux d'inclusion numérique et des structures elles-mêmes, qui peuvent demander leur mise à jour à tout moment.`,
      },
    ],
  },
  {
    slug: 'bordeaux',
    name: 'Bordeaux numérique pour tous',
    tagline: 'Ateliers, aide aux démarches et équipement : le numérique accompagné, dans tous les quartiers',
    territories: [{ kind: 'COMMUNE', code: '33063' }],
    logo: { file: 'bordeaux.svg', alternativeText: 'Logo de Bordeaux numérique pour tous' },
    colours: { primary: '#7a1f3d', secondary: '#f8eef2', accent: '#2a9d8f' },
    featuredGuides: [
      'bordeaux-ateliers-numeriques-des-bibliotheques',
      'bordeaux-orienter-un-usager-en-difficulte-numerique',
      'gironde-demarches-caf-en-ligne',
      'reperer-et-eviter-les-arnaques-en-ligne',
    ],
    featuredPractices: [
      'ateliers-numeriques-bibliotheques-de-quartier-bordeaux',
      'aidants-connect-ccas-de-bordeaux',
    ],
    navigation: [
      { label: 'Où se faire aider', url: '/lieux' },
      { label: 'Guides', url: '/guides' },
      { label: 'Agenda des ateliers', url: '/evenements' },
      { label: 'Initiatives', url: '/pratiques' },
      { label: 'Professionnels', url: '/ressources' },
      { label: 'Contact', url: '/pages/bordeaux-contact' },
    ],
    pages: [
      {
        slug: 'bordeaux-a-propos',
        title: 'À propos',
        position: 1,
        body: `## Bordeaux numérique pour tous

La Ville de Bordeaux, son CCAS et leurs partenaires proposent dans chaque quartier des solutions pour que chacun puisse utiliser le numérique au quotidien : ateliers dans les bibliothèques, permanences d'aide aux démarches, accès libre aux ordinateurs, équipement à prix solidaire.

## Nos engagements

- **Un accompagnement gratuit** dans tous les lieux municipaux.
- **Toujours une alternative** : aucune démarche municipale n'est réservée au numérique, un accueil physique et téléphonique reste possible.
- **La sécurité des usagers** : nos agents n'utilisent pas vos mots de passe et font appel à Aidants Connect lorsqu'une démarche doit être faite pour vous.
- **L'autonomie** : chaque accompagnement est l'occasion d'apprendre.

## Les partenaires

Bibliothèques municipales, centres sociaux, CCAS, France Services de la métropole, associations de médiation numérique et de reconditionnement.

*Portail de démonstration : contenus, contacts et chiffres fictifs.*`,
      },
      {
        slug: 'bordeaux-contact',
        title: 'Contact',
        position: 2,
        body: `## Joindre la mission médiation numérique

- **Courriel** : numerique-pour-tous@bordeaux.example
- **Téléphone** : 05 56 00 00 00, du lundi au vendredi de 9 h à 12 h 30 et de 13 h 30 à 17 h

## Vous cherchez de l'aide pour une démarche

1. Consultez la carte des lieux pour trouver une permanence dans votre quartier.
2. Présentez-vous sans rendez-vous aux horaires des permanences, ou appelez pour un rendez-vous individuel.
3. En cas d'urgence sociale, adressez-vous directement à l'accueil du CCAS.

## Vous êtes un professionnel

Pour orienter un usager, utilisez la fiche d'orientation commune disponible dans la boîte à outils. Pour proposer un partenariat ou un atelier, écrivez-nous en précisant votre structure et votre projet.`,
      },
      {
        slug: 'bordeaux-mentions-legales',
        title: 'Mentions légales',
        position: 3,
        body: `## Éditeur

Portail de démonstration réalisé avec Passerelle.

Contact : numerique-pour-tous@bordeaux.example

## Données personnelles

La consultation du portail ne nécessite aucune inscription. Les données transmises par le formulaire de contact sont utilisées pour répondre à votre demande et ne sont pas transmises à des tiers.

Vous disposez d'un droit d'accès, de rectification, d'opposition et d'effacement, que vous pouvez exercer à l'adresse ci-dessus. Vous pouvez aussi introduire une réclamation auprès de la CNIL.

## Accessibilité

Ce portail vise la conformité au RGAA. Si un contenu vous est inaccessible, contactez-nous : nous vous le fournirons sous une autre forme.

## Liens

Les liens vers des sites extérieurs, notamment les services publics en ligne, sont fournis à titre d'information. Vérifiez toujours l'adresse des sites officiels avant de saisir des informations personnelles.`,
      },
    ],
  },
];
