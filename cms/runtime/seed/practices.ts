import type { PracticeSeed } from './seed-types';

/** The demo good practices: local initiatives documented so that other territories can copy them. */
export const PRACTICES: PracticeSeed[] = [
  {
    slug: 'bus-numerique-des-landes',
    title: 'Le bus numérique des Landes',
    territory: { kind: 'DEPARTMENT', code: '40' },
    organisation: 'Département des Landes',
    summary:
      'Un bus aménagé en espace numérique sillonne les communes rurales landaises pour proposer ateliers et aide aux démarches au plus près des habitants.',
    description: `## Le constat

Dans les cantons ruraux des Landes, de nombreux habitants vivent à plus de vingt minutes de voiture d'un lieu de médiation numérique, et les personnes âgées sans véhicule n'y ont pas accès.

## L'initiative

Le Département a équipé un bus de huit postes informatiques, d'une connexion satellite et 4G, d'une imprimante et d'un accès pour fauteuil roulant. Deux médiateurs numériques assurent une tournée hebdomadaire :

- un arrêt par demi-journée, sur la place de la mairie ou du marché ;
- des ateliers collectifs le matin, un accueil individuel l'après-midi ;
- un calendrier diffusé par les mairies, la presse locale et les services d'aide à domicile.

## Les partenaires

Les communes accueillent le bus et relaient l'information. La CAF, la MSA et la caisse de retraite forment les médiateurs à leurs démarches ; les France Services du secteur reçoivent les dossiers complexes.`,
    results: `- **86 communes** desservies au moins une fois par mois.
- **2 350 personnes** accompagnées sur la première année, dont 62 % de plus de 60 ans.
- **4 100 démarches** réalisées ou débloquées, principalement retraite, santé et impôts.
- **78 %** des personnes interrogées déclarent se sentir plus à l'aise avec le numérique après trois passages.`,
    startDate: '2022-03-01',
    contact: {
      name: 'Coordination inclusion numérique',
      email: 'inclusion-numerique@landes.example',
      phone: '05 58 00 00 01',
    },
    themes: ['MEDIATION_PRACTICE', 'ONLINE_PROCEDURES', 'TERRITORIAL_STRATEGY'],
    places: ['demo-40-0001', 'demo-40-0003', 'demo-40-0006'],
  },
  {
    slug: 'permanences-numeriques-mairies-de-quartier-dax',
    title: 'Des permanences numériques dans les mairies de quartier de Dax',
    territory: { kind: 'COMMUNE', code: '40088' },
    organisation: 'Ville de Dax — CCAS',
    summary:
      'Un conseiller numérique tient chaque semaine des permanences sans rendez-vous dans les mairies annexes, au plus près des habitants des quartiers.',
    description: `## Le constat

Les agents d'accueil des mairies annexes voyaient arriver de plus en plus d'habitants bloqués dans une démarche en ligne, sans pouvoir y consacrer le temps nécessaire.

## L'initiative

Le CCAS a organisé des permanences hebdomadaires d'un conseiller numérique dans chaque mairie de quartier :

- une demi-journée par semaine et par site, sans rendez-vous ;
- un poste informatique dédié et un scanner ;
- une fiche de liaison entre les agents d'accueil et le conseiller pour les situations repérées en dehors des permanences.

Les personnes qui souhaitent progresser sont orientées vers les ateliers collectifs de la médiathèque.`,
    results: `- **4 permanences** hebdomadaires, soit environ 180 demi-journées par an.
- **1 150 passages** la première année, pour 820 personnes différentes.
- **35 %** des personnes reçues se sont ensuite inscrites à un atelier collectif.
- Le temps passé par les agents d'accueil sur les démarches en ligne a baissé d'environ un tiers selon leur propre estimation.`,
    startDate: '2023-01-09',
    contact: {
      name: 'CCAS — pôle accès aux droits',
      email: 'ccas-numerique@dax.example',
      phone: '05 58 00 00 02',
    },
    themes: ['ONLINE_PROCEDURES', 'ACCESS_TO_RIGHTS'],
    places: [],
  },
  {
    slug: 'atelier-reconditionnement-ordinateurs-mont-de-marsan',
    title: "Un atelier de reconditionnement d'ordinateurs pour équiper les familles à Mont-de-Marsan",
    territory: { kind: 'COMMUNE', code: '40192' },
    organisation: 'Association Recyclerie numérique du Marsan',
    summary:
      'Les ordinateurs réformés des collectivités et des entreprises sont reconditionnés par des personnes en insertion puis remis à prix solidaire à des familles orientées par les travailleurs sociaux.',
    description: `## Le constat

Au moment des confinements, beaucoup de familles ne disposaient que d'un smartphone pour le travail scolaire et les démarches. Dans le même temps, les administrations et entreprises locales réformaient chaque année des centaines d'ordinateurs en bon état.

## L'initiative

Une association d'insertion a créé un atelier de reconditionnement :

1. collecte des postes réformés auprès de l'agglomération, de l'hôpital et d'entreprises partenaires ;
2. effacement certifié des données, tests, remplacement des pièces défectueuses ;
3. installation d'un système à jour et de logiciels libres ;
4. remise à prix solidaire (entre 30 et 80 euros) aux familles orientées par un travailleur social ou un conseiller numérique ;
5. une séance de prise en main incluse avec chaque ordinateur.

L'atelier emploie des salariés en parcours d'insertion, formés aux métiers de la maintenance informatique.`,
    results: `- **1 240 ordinateurs** reconditionnés en trois ans.
- **870 foyers** équipés, dont 60 % de familles monoparentales.
- **14 salariés** en insertion accompagnés, dont 9 en emploi ou en formation qualifiante à la sortie.
- **Environ 18 tonnes** de matériel détournées de la filière déchets.`,
    startDate: '2021-05-03',
    contact: {
      name: "Responsable de l'atelier",
      email: 'contact@recyclerie-marsan.example',
      phone: '05 58 00 00 03',
    },
    themes: ['EQUIPMENT', 'EMPLOYMENT'],
    places: [],
  },
  {
    slug: 'formation-des-agents-d-accueil-des-communes-landaises',
    title: "Former les agents d'accueil des communes landaises à l'orientation numérique",
    territory: { kind: 'DEPARTMENT', code: '40' },
    organisation: 'Centre de gestion de la fonction publique territoriale des Landes',
    summary:
      "Une formation d'une journée permet aux secrétaires de mairie et agents d'accueil de repérer les difficultés numériques et d'orienter vers le bon interlocuteur.",
    description: `## Le constat

Dans les petites communes, le secrétariat de mairie est souvent le premier endroit où un habitant demande de l'aide pour une démarche en ligne. Les agents, peu formés à ces questions, se sentent démunis ou font les démarches à la place des usagers.

## L'initiative

Le centre de gestion, avec la coordination départementale de l'inclusion numérique, a conçu une journée de formation :

- repérer une difficulté numérique sans mettre la personne en difficulté ;
- connaître les grandes démarches en ligne et leurs pièges ;
- savoir orienter : France Services, conseillers numériques, bus numérique, travailleurs sociaux ;
- comprendre le cadre d'Aidants Connect et les risques liés aux mots de passe.

Chaque participant repart avec un annuaire local et une fiche d'orientation.`,
    results: `- **22 sessions** organisées en deux ans dans les différents bassins du département.
- **310 agents** formés, issus de 240 communes.
- **92 %** de participants satisfaits ou très satisfaits.
- **45 agents** ont ensuite été habilités à Aidants Connect.`,
    startDate: '2022-09-15',
    endDate: '2024-06-30',
    contact: {
      name: 'Service formation',
      email: 'formation@cdg40.example',
      phone: '05 58 00 00 04',
    },
    themes: ['MEDIATION_PRACTICE', 'ACCESS_TO_RIGHTS'],
    places: ['demo-40-0005'],
  },
  {
    slug: 'ateliers-numeriques-bibliotheques-de-quartier-bordeaux',
    title: 'Des ateliers numériques dans les bibliothèques de quartier à Bordeaux',
    territory: { kind: 'COMMUNE', code: '33063' },
    organisation: 'Ville de Bordeaux — Direction des bibliothèques',
    summary:
      "Le réseau des bibliothèques bordelaises a structuré un programme commun d'ateliers numériques et de permanences, animé par une équipe de médiateurs.",
    description: `## Le constat

Chaque bibliothèque proposait quelques ateliers, sans programme commun ni suivi des publics, et les quartiers prioritaires étaient peu couverts.

## L'initiative

- Un **programme mensuel commun** à toutes les bibliothèques, avec quatre niveaux : découverte, autonomie, démarches, approfondissement.
- Une **équipe de six médiateurs** qui tournent entre les sites.
- Des **permanences sans rendez-vous** dans les bibliothèques des quartiers prioritaires.
- Un **partenariat avec les centres sociaux** pour les inscriptions des publics les plus éloignés.
- Un **outil de suivi anonyme** pour mesurer la fréquentation et les thèmes demandés.`,
    results: `- **1 450 ateliers** organisés par an.
- **5 800 participants**, dont 40 % habitent un quartier prioritaire.
- Thèmes les plus demandés : smartphone (31 %), démarches (27 %), sécurité (15 %).
- **68 %** des participants à un cycle complet déclarent faire désormais seuls au moins une démarche en ligne.`,
    startDate: '2022-01-10',
    contact: {
      name: 'Mission médiation numérique des bibliothèques',
      email: 'mediation-numerique@bordeaux.example',
      phone: '05 56 00 00 05',
    },
    themes: ['DIGITAL_BASICS', 'MEDIATION_PRACTICE'],
    places: ['demo-33-0006'],
  },
  {
    slug: 'aidants-connect-ccas-de-bordeaux',
    title: 'Sécuriser les démarches faites pour les usagers : Aidants Connect au CCAS de Bordeaux',
    territory: { kind: 'COMMUNE', code: '33063' },
    organisation: "Centre communal d'action sociale de Bordeaux",
    summary:
      "Le CCAS a habilité ses travailleurs sociaux et agents d'accueil à Aidants Connect pour mettre fin à la conservation des mots de passe des usagers.",
    description: `## Le constat

Un audit interne avait montré que des identifiants d'usagers étaient notés dans des dossiers papier ou des fichiers partagés, pour pouvoir faire les démarches à leur place. Une pratique risquée pour les usagers comme pour les agents.

## L'initiative

1. Habilitation de la structure et désignation de deux référents.
2. Formation de tous les agents concernés, en quatre sessions.
3. Procédure écrite : mandat systématique, périmètre limité aux démarches nécessaires, durée adaptée.
4. Destruction des identifiants conservés, avec l'accord des usagers.
5. Point trimestriel entre référents pour partager les difficultés.`,
    results: `- **48 agents** habilités en un an.
- **1 960 mandats** créés, dont 70 % d'une durée de douze mois.
- **Plus aucun identifiant** d'usager conservé dans les dossiers au bout de six mois.
- Les démarches les plus fréquentes : CAF, Assurance maladie, logement social.`,
    startDate: '2023-03-01',
    contact: {
      name: 'Référent Aidants Connect',
      email: 'aidants-connect@ccas-bordeaux.example',
      phone: '05 56 00 00 06',
    },
    themes: ['ACCESS_TO_RIGHTS', 'ONLINE_SAFETY', 'ONLINE_PROCEDURES'],
    places: [],
  },
  {
    slug: 'cooperative-regionale-mediation-numerique-nouvelle-aquitaine',
    title:
      'Une coopérative régionale pour animer les acteurs de la médiation numérique en Nouvelle-Aquitaine',
    territory: { kind: 'REGION', code: '75' },
    organisation: 'Coopérative régionale de la médiation numérique (démonstration)',
    summary:
      'Une structure régionale anime le réseau des médiateurs, mutualise les formations et les outils, et appuie les départements dans leurs feuilles de route.',
    description: `## Le constat

Avec douze départements et un territoire très étendu, les acteurs de la médiation numérique de Nouvelle-Aquitaine se connaissaient peu, et les mêmes outils étaient recréés dans chaque département.

## L'initiative

Une coopérative réunissant collectivités, associations et acteurs de l'économie sociale et solidaire assure :

- l'animation d'un réseau régional et de douze relais départementaux ;
- un catalogue de formations courtes pour les médiateurs et les aidants ;
- une boîte à outils commune : fiches d'ateliers, modèles de documents, supports de diagnostic ;
- un appui méthodologique aux gouvernances départementales France Numérique Ensemble ;
- une rencontre régionale annuelle.`,
    results: `- **620 structures** membres du réseau.
- **1 100 professionnels** formés en deux ans.
- **12 feuilles de route** départementales accompagnées.
- **140 fiches** d'ateliers partagées dans la boîte à outils commune.`,
    startDate: '2021-10-01',
    contact: {
      name: 'Animation du réseau régional',
      email: 'reseau@mediation-nouvelle-aquitaine.example',
      phone: '05 57 00 00 07',
    },
    themes: ['TERRITORIAL_STRATEGY', 'MEDIATION_PRACTICE'],
    places: [],
  },
  {
    slug: 'cafe-numerique-seniors-limoges',
    title: 'Un café numérique pour les seniors à Limoges',
    territory: { kind: 'COMMUNE', code: '87085' },
    organisation: 'Médiathèque intercommunale de Limoges (démonstration) avec la caisse de retraite',
    summary:
      "Un rendez-vous convivial chaque semaine où les retraités viennent avec leur téléphone ou leur tablette poser leurs questions autour d'un café.",
    description: `## Le constat

Les ateliers en cycle effrayaient une partie des retraités, qui n'osaient pas s'engager sur plusieurs semaines ni avouer qu'ils ne savaient pas.

## L'initiative

- Un **café numérique hebdomadaire** de deux heures, sans inscription.
- Deux médiateurs et des **bénévoles** formés, dont plusieurs retraités.
- Chacun vient avec sa question et son appareil : photos, messagerie, appels vidéo, compte retraite, ameli.
- Une **mini-séquence de quinze minutes** sur un thème de sécurité à chaque séance.
- Une orientation vers les ateliers collectifs pour ceux qui le souhaitent.`,
    results: `- **46 séances** par an, avec une moyenne de 14 participants.
- **280 retraités** différents accueillis la première année.
- **1 participant sur 4** s'est ensuite inscrit à un cycle d'ateliers.
- **12 bénévoles** formés, dont 7 anciens participants.`,
    startDate: '2023-09-12',
    contact: {
      name: 'Accueil de la médiathèque',
      email: 'cafe-numerique@mediatheque-limoges.example',
      phone: '05 55 00 00 08',
    },
    themes: ['DIGITAL_BASICS', 'ONLINE_SAFETY'],
    places: ['demo-87-0005'],
  },
  {
    slug: 'fablab-solidaire-brest',
    title: 'Un fablab solidaire pour apprendre en fabriquant à Brest',
    territory: { kind: 'COMMUNE', code: '29019' },
    organisation: 'Association de quartier (démonstration)',
    summary:
      "Un atelier de fabrication numérique ouvert aux habitants des quartiers prioritaires, où l'on apprend le numérique par des projets concrets.",
    description: `## Le constat

Les ateliers d'initiation classiques attiraient peu les jeunes adultes et les habitants qui ne se reconnaissent pas dans une posture d'apprenant.

## L'initiative

Un fablab installé au cœur d'un quartier prioritaire propose :

- des ateliers de fabrication (impression 3D, découpe laser, réparation d'objets) ;
- des projets collectifs avec les écoles et les associations du quartier ;
- des temps d'accompagnement aux démarches en ligne, intégrés aux ateliers ;
- un « repair café » mensuel pour réparer téléphones et ordinateurs.

Les compétences numériques de base sont travaillées à l'occasion des projets : recherche d'information, messagerie, stockage en ligne.`,
    results: `- **730 habitants** ont fréquenté le fablab la première année.
- **58 %** n'avaient jamais fréquenté un lieu de médiation numérique.
- **320 objets** réparés lors des repair cafés.
- **25 jeunes** accompagnés vers une formation ou un emploi dans le numérique.`,
    startDate: '2020-10-05',
    contact: {
      name: 'Coordination du fablab',
      email: 'bonjour@fablab-solidaire-brest.example',
      phone: '02 98 00 00 09',
    },
    themes: ['DIGITAL_BASICS', 'EMPLOYMENT', 'EQUIPMENT'],
    places: [],
  },
  {
    slug: 'ateliers-parents-enfants-lille',
    title: 'Des ateliers parents-enfants sur les écrans dans les centres sociaux lillois',
    territory: { kind: 'COMMUNE', code: '59350' },
    organisation: 'Fédération des centres sociaux (démonstration) avec la CAF',
    summary:
      "Des soirées d'échange et des ateliers en binôme parent-enfant pour parler écrans, réseaux sociaux et contrôle parental sans culpabiliser.",
    description: `## Le constat

Les référents familles des centres sociaux recevaient de nombreuses questions de parents sur les écrans, les jeux vidéo et les réseaux sociaux, sans outil pour y répondre.

## L'initiative

- Un **cycle de trois rencontres** : une soirée d'échange entre parents, un atelier parent-enfant autour d'un jeu, un atelier pratique sur le contrôle parental.
- Un **binôme d'animation** : un référent famille et un conseiller numérique.
- Un **livret** remis aux familles avec les réglages et les numéros utiles, dont le 3018.
- Une **garde d'enfants** assurée pendant les soirées.`,
    results: `- **11 centres sociaux** participants.
- **420 familles** touchées en deux ans.
- **74 %** des parents ont activé au moins un outil de contrôle parental après le cycle.
- Les parents déclarent parler davantage d'internet avec leurs enfants (81 %).`,
    startDate: '2022-11-07',
    endDate: '2024-12-20',
    contact: {
      name: 'Référente parentalité numérique',
      email: 'parentalite@centres-sociaux-lille.example',
      phone: '03 20 00 00 10',
    },
    themes: ['PARENTING_EDUCATION', 'ONLINE_SAFETY'],
    places: ['demo-59-0001', 'demo-59-0004'],
  },
  {
    slug: 'diagnostic-numerique-demandeurs-d-emploi-seine-maritime',
    title: "Un diagnostic numérique systématique pour les demandeurs d'emploi en Seine-Maritime",
    territory: { kind: 'DEPARTMENT', code: '76' },
    organisation: "Réseau départemental d'insertion (démonstration)",
    summary:
      "Les personnes accompagnées vers l'emploi passent un diagnostic de leurs compétences numériques dès l'entrée en parcours, puis suivent un module adapté.",
    description: `## Le constat

Beaucoup de demandeurs d'emploi échouaient dans leur parcours faute de savoir s'actualiser, consulter leurs messages ou déposer une candidature en ligne, sans que ce frein soit identifié.

## L'initiative

1. Un **entretien de positionnement** de vingt minutes à l'entrée en parcours, suivi d'un test Pix pour les personnes qui ont les bases.
2. Trois niveaux de réponse : module découverte, module autonomie, module emploi en ligne.
3. Des modules assurés par des conseillers numériques dans les agences et les structures d'insertion.
4. Un **bilan de sortie** avec un nouveau passage du test.`,
    results: `- **3 400 diagnostics** réalisés en un an.
- **38 %** des personnes orientées vers un module numérique.
- Un score Pix moyen en hausse de **45 %** entre l'entrée et la sortie du module.
- **210 certifications** Pix obtenues.`,
    startDate: '2023-02-01',
    contact: {
      name: 'Coordination du réseau',
      email: 'diagnostic@insertion-76.example',
      phone: '02 35 00 00 11',
    },
    themes: ['DIAGNOSTIC', 'EMPLOYMENT'],
    places: ['demo-76-0001', 'demo-76-0002', 'demo-76-0004'],
  },
  {
    slug: 'france-services-itinerante-lozere',
    title: 'Une France Services itinérante dans les villages de Lozère',
    territory: { kind: 'DEPARTMENT', code: '48' },
    organisation: 'Communauté de communes (démonstration)',
    summary:
      'Un véhicule France Services assure des permanences dans les villages du plateau, avec des agents formés et une liaison avec les organismes partenaires.',
    description: `## Le constat

Sur un territoire de montagne peu peuplé, les habitants des villages devaient parcourir plus de quarante kilomètres pour rejoindre une France Services.

## L'initiative

- Un **véhicule aménagé** avec deux bureaux, une connexion satellite et une imprimante.
- Des **permanences bimensuelles** dans quatorze communes.
- Deux agents France Services formés aux démarches des partenaires.
- Une **visioconférence** avec les experts des organismes pour les dossiers complexes.
- Des rendez-vous à domicile pour les personnes qui ne peuvent pas se déplacer.`,
    results: `- **14 communes** desservies, sur un territoire de 6 500 habitants.
- **1 900 demandes** traitées par an.
- Principales démarches : retraite (28 %), santé (22 %), impôts (18 %), titres (12 %).
- Un temps de trajet moyen évité estimé à **50 minutes** par personne.`,
    startDate: '2021-06-14',
    contact: {
      name: 'France Services itinérante',
      email: 'france-services@cc-lozere.example',
      phone: '04 66 00 00 12',
    },
    themes: ['ONLINE_PROCEDURES', 'ACCESS_TO_RIGHTS'],
    places: ['demo-48-0001', 'demo-48-0006'],
  },
  {
    slug: 'mediation-numerique-villages-corse-du-sud',
    title: "Des médiateurs numériques dans les villages de l'intérieur de la Corse-du-Sud",
    territory: { kind: 'DEPARTMENT', code: '2A' },
    organisation: 'Association de développement rural (démonstration)',
    summary:
      "Des médiateurs itinérants interviennent dans les villages de montagne, en lien avec les mairies et les services d'aide à domicile, pour accompagner les habitants isolés.",
    description: `## Le constat

Dans l'intérieur de la Corse-du-Sud, la population est âgée, dispersée et souvent éloignée des services. La couverture réseau est inégale.

## L'initiative

- **Trois médiateurs itinérants** couvrent les microrégions de l'intérieur.
- Des permanences dans les mairies et les foyers ruraux, à jour fixe.
- Des **tablettes avec forfait** prêtées pendant trois mois aux personnes non équipées.
- Un partenariat avec les services d'aide à domicile pour repérer les personnes isolées.
- Des ateliers en langue corse proposés par des bénévoles.`,
    results: `- **52 villages** desservis régulièrement.
- **640 personnes** accompagnées en deux ans, dont 70 % de plus de 65 ans.
- **180 tablettes** prêtées ; 60 % des emprunteurs se sont ensuite équipés.
- Une hausse de la création de comptes en ligne (ameli, retraite) parmi les personnes suivies.`,
    startDate: '2022-04-04',
    contact: {
      name: 'Coordination médiation numérique',
      email: 'numerique@rural-2a.example',
      phone: '04 95 00 00 13',
    },
    themes: ['MEDIATION_PRACTICE', 'EQUIPMENT', 'DIGITAL_BASICS'],
    places: ['demo-2a-0001', 'demo-2a-0004', 'demo-2a-0005'],
  },
  {
    slug: 'ateliers-cybersecurite-seniors-bastia',
    title: 'Des ateliers de cybersécurité pour les seniors à Bastia',
    territory: { kind: 'COMMUNE', code: '2B033' },
    organisation: 'Ville de Bastia — CCAS',
    summary:
      "Après une vague d'escroqueries aux faux conseillers bancaires, le CCAS a lancé un cycle d'ateliers de prévention avec la police et les banques.",
    description: `## Le constat

Plusieurs retraités bastiais avaient été victimes d'escroqueries au faux conseiller bancaire ou de faux SMS de livraison, parfois pour des sommes importantes.

## L'initiative

- Un **cycle de quatre ateliers** : reconnaître une arnaque, sécuriser son téléphone, payer en ligne en sécurité, que faire si l'on est victime.
- Des **interventions croisées** : médiateur numérique, policier référent, conseiller bancaire.
- Des **mises en situation** à partir de vrais messages frauduleux.
- Un mémo à afficher près du téléphone avec les numéros utiles.`,
    results: `- **24 ateliers** organisés en un an.
- **310 participants**, âgés de 71 ans en moyenne.
- **88 %** des participants savent identifier au moins trois signes d'une arnaque à l'issue du cycle, contre 35 % au départ.
- Le format a été repris par deux autres communes de Haute-Corse.`,
    startDate: '2023-10-02',
    endDate: '2024-09-30',
    contact: {
      name: 'CCAS — pôle seniors',
      email: 'seniors@ccas-bastia.example',
      phone: '04 95 00 00 14',
    },
    themes: ['ONLINE_SAFETY'],
    places: ['demo-2b-0006'],
  },
  {
    slug: 'guadeloupe-mediateurs-numeriques-de-proximite',
    title: 'Des médiateurs numériques de proximité dans les quartiers de Guadeloupe',
    territory: { kind: 'DEPARTMENT', code: '971' },
    organisation: 'Groupement associatif (démonstration)',
    summary:
      "Un groupement d'associations déploie des médiateurs dans les quartiers prioritaires de l'archipel, avec un accompagnement en créole et des permanences en soirée.",
    description: `## Le constat

Une part importante des habitants des quartiers prioritaires de Guadeloupe n'avait pas accès aux droits auxquels elle pouvait prétendre, en partie faute de pouvoir faire les démarches en ligne.

## L'initiative

- **Huit médiateurs** répartis dans les communes de l'agglomération pointoise et de la Basse-Terre.
- Un accompagnement possible **en créole**.
- Des **permanences en soirée et le samedi** pour les personnes qui travaillent.
- Un partenariat avec la CAF et la caisse générale de sécurité sociale pour les démarches d'accès aux droits.
- Des ateliers pour les jeunes sur l'emploi en ligne.`,
    results: `- **2 700 personnes** accompagnées en deux ans.
- **1 150 ouvertures de droits** ou régularisations de dossiers.
- **40 %** des accompagnements réalisés en dehors des heures de bureau.
- **95 jeunes** accompagnés dans leur recherche d'emploi en ligne.`,
    startDate: '2022-02-01',
    contact: {
      name: 'Coordination du groupement',
      email: 'contact@mediation-971.example',
      phone: '05 90 00 00 15',
    },
    themes: ['ACCESS_TO_RIGHTS', 'ONLINE_PROCEDURES', 'EMPLOYMENT'],
    places: ['demo-971-0003', 'demo-971-0006', 'demo-971-0008'],
  },
  {
    slug: 'ecrivains-publics-numeriques-saint-denis-reunion',
    title: 'Des écrivains publics numériques à Saint-Denis de La Réunion',
    territory: { kind: 'COMMUNE', code: '97411' },
    organisation: 'Ville de Saint-Denis — CCAS',
    summary:
      'Des écrivains publics formés au numérique accompagnent les habitants dans leurs courriers et leurs démarches en ligne, dans les mairies annexes.',
    description: `## Le constat

Les écrivains publics du CCAS recevaient de plus en plus de demandes liées aux démarches en ligne, pour lesquelles ils n'étaient pas équipés.

## L'initiative

- Formation des **écrivains publics** à la médiation numérique et à Aidants Connect.
- Équipement de chaque permanence : ordinateur portable, scanner, imprimante.
- Des permanences dans **six mairies annexes**.
- Une articulation avec les conseillers numériques pour les personnes qui veulent gagner en autonomie.`,
    results: `- **6 écrivains publics** formés et habilités.
- **3 200 rendez-vous** par an, dont 55 % concernent une démarche en ligne.
- **620 mandats** Aidants Connect créés.
- **210 personnes** orientées vers des ateliers d'autonomie.`,
    startDate: '2023-04-17',
    contact: {
      name: 'Service des écrivains publics',
      email: 'ecrivains-publics@ccas-saintdenis.example',
      phone: '02 62 00 00 16',
    },
    themes: ['ACCESS_TO_RIGHTS', 'ONLINE_PROCEDURES'],
    places: ['demo-974-0004', 'demo-974-0007'],
  },
  {
    slug: 'mediation-numerique-fluviale-guyane',
    title: 'Une médiation numérique itinérante le long du fleuve en Guyane',
    territory: { kind: 'DEPARTMENT', code: '973' },
    organisation: 'Association guyanaise de médiation (démonstration)',
    summary:
      "Des médiateurs rejoignent en pirogue les villages isolés de l'intérieur pour accompagner les démarches d'accès aux droits avec du matériel autonome.",
    description: `## Le constat

Dans les communes de l'intérieur de la Guyane, accessibles seulement par le fleuve ou par avion, l'accès aux services publics et aux démarches en ligne est très limité.

## L'initiative

- Des **missions mensuelles** en pirogue, d'une semaine, dans les villages du fleuve.
- Un **kit autonome** : ordinateurs portables, panneaux solaires, antenne satellite.
- Des médiateurs parlant les langues locales, en binôme avec un agent d'accès aux droits.
- Un partenariat avec les organismes sociaux pour traiter les dossiers au retour en cas de coupure de connexion.`,
    results: `- **10 missions** par an, dans 12 villages.
- **860 personnes** accompagnées.
- **540 dossiers** d'accès aux droits ouverts ou mis à jour.
- Un délai moyen de traitement des dossiers réduit de plusieurs mois à **six semaines**.`,
    startDate: '2022-07-01',
    contact: {
      name: 'Coordination des missions',
      email: 'missions@mediation-guyane.example',
      phone: '05 94 00 00 17',
    },
    themes: ['ACCESS_TO_RIGHTS', 'MEDIATION_PRACTICE', 'EQUIPMENT'],
    places: ['demo-973-0003'],
  },
  {
    slug: 'pass-numerique-regional-occitanie',
    title: 'Une campagne régionale de Pass numérique coordonnée en Occitanie',
    territory: { kind: 'REGION', code: '76' },
    organisation: "Coordination régionale de l'inclusion numérique (démonstration)",
    summary:
      "Une campagne coordonnée à l'échelle régionale mutualise l'achat et la distribution de Pass numérique entre départements et intercommunalités.",
    description: `## Le constat

Plusieurs collectivités d'Occitanie avaient acheté des Pass numérique, mais avec des règles différentes, des lieux qualifiés mal connus des prescripteurs et un faible taux d'utilisation.

## L'initiative

- Un **cadre commun** : critères d'attribution, liste des lieux qualifiés, calendrier de remboursement.
- Une **formation des prescripteurs** (travailleurs sociaux, agents France Services, conseillers en insertion).
- Un **tableau de bord partagé** pour suivre la distribution et l'utilisation des carnets.
- Des relances auprès des bénéficiaires par SMS avec leur accord.`,
    results: `- **9 collectivités** engagées dans la campagne commune.
- **18 000 chèques** distribués en dix-huit mois.
- Un taux d'utilisation passé de **35 % à 71 %**.
- **210 lieux** qualifiés, dont 40 % en zone rurale.`,
    startDate: '2022-05-02',
    endDate: '2023-12-31',
    contact: {
      name: 'Coordination régionale',
      email: 'pass-numerique@inclusion-occitanie.example',
      phone: '05 61 00 00 18',
    },
    themes: ['FUNDING', 'TERRITORIAL_STRATEGY'],
    places: [],
  },
  {
    slug: 'recyclerie-numerique-marseille',
    title: 'Une recyclerie numérique solidaire dans les quartiers nord de Marseille',
    territory: { kind: 'COMMUNE', code: '13055' },
    organisation: "Entreprise d'insertion (démonstration)",
    summary:
      "Une entreprise d'insertion collecte, reconditionne et revend à prix solidaire ordinateurs et smartphones, avec un accompagnement à la prise en main.",
    description: `## Le constat

Dans les quartiers nord, de nombreux foyers ne disposaient que d'un téléphone ancien, insuffisant pour les démarches, la scolarité et la recherche d'emploi.

## L'initiative

- Collecte de matériel auprès des entreprises et des administrations de la métropole.
- Reconditionnement par des salariés en insertion.
- Une **boutique solidaire** : ordinateurs à partir de 50 euros et smartphones à partir de 30 euros, sur justificatif de ressources.
- Une **heure de prise en main** offerte avec chaque achat.
- Des forfaits à tarif social proposés en partenariat avec une association.`,
    results: `- **2 100 équipements** vendus à prix solidaire en deux ans.
- **20 salariés** en insertion accueillis.
- **64 %** des acheteurs n'avaient pas d'ordinateur auparavant.
- Une garantie d'un an, avec un taux de retour inférieur à **4 %**.`,
    startDate: '2021-09-20',
    contact: {
      name: 'Boutique solidaire',
      email: 'boutique@recyclerie-marseille.example',
      phone: '04 91 00 00 19',
    },
    themes: ['EQUIPMENT', 'EMPLOYMENT'],
    places: ['demo-13-0002', 'demo-13-0007'],
  },
  {
    slug: 'cybersecurite-associations-strasbourg',
    title: 'Sensibiliser les associations à la cybersécurité à Strasbourg',
    territory: { kind: 'COMMUNE', code: '67482' },
    organisation: 'Maison des associations (démonstration)',
    summary:
      'Des diagnostics gratuits et des ateliers pour aider les petites associations à protéger leurs données et celles de leurs adhérents.',
    description: `## Le constat

Les petites associations, gérées par des bénévoles, stockent de nombreuses données personnelles sans toujours les protéger. Plusieurs avaient perdu l'accès à leur messagerie ou à leurs comptes.

## L'initiative

- Un **autodiagnostic** en vingt questions, suivi d'un rendez-vous avec un médiateur.
- Des **ateliers collectifs** : mots de passe et gestionnaire, double authentification, sauvegardes, RGPD en pratique.
- Un **kit de sensibilisation** à diffuser aux bénévoles, fondé sur les ressources publiques de cybermalveillance.gouv.fr.
- Un accompagnement à la mise en conformité des fichiers d'adhérents.`,
    results: `- **150 associations** diagnostiquées.
- **85 %** ont activé la double authentification sur leur messagerie principale.
- **60 %** ont mis en place une sauvegarde régulière.
- **12 ateliers** organisés, avec 230 bénévoles.`,
    startDate: '2023-05-15',
    contact: {
      name: 'Pôle accompagnement des associations',
      email: 'numerique@maison-associations-strasbourg.example',
      phone: '03 88 00 00 20',
    },
    themes: ['ONLINE_SAFETY', 'DIAGNOSTIC'],
    places: [],
  },
  {
    slug: 'ambassadeurs-numeriques-benevoles-nievre',
    title: "Un réseau d'ambassadeurs numériques bénévoles dans la Nièvre",
    territory: { kind: 'DEPARTMENT', code: '58' },
    organisation: 'Conseil départemental de la Nièvre (démonstration)',
    summary:
      "Des habitants bénévoles formés par des conseillers numériques relaient l'aide au numérique dans leur village et orientent vers les professionnels.",
    description: `## Le constat

Les conseillers numériques ne pouvaient pas être présents dans chacune des quelque trois cents communes du département.

## L'initiative

- Recrutement de **bénévoles** par les mairies et les associations locales.
- Une **formation de trois jours** : posture d'aidant, limites du bénévolat, sécurité, orientation.
- Une charte qui interdit notamment de conserver les identifiants des personnes aidées.
- Un **référent conseiller numérique** pour chaque groupe de bénévoles, joignable par téléphone.
- Une rencontre annuelle de tous les ambassadeurs.`,
    results: `- **95 ambassadeurs** formés en deux ans.
- **110 communes** couvertes par au moins un ambassadeur.
- **2 400 coups de main** recensés par les ambassadeurs.
- **380 orientations** vers un conseiller numérique ou une France Services.`,
    startDate: '2022-01-17',
    contact: {
      name: 'Mission inclusion numérique',
      email: 'ambassadeurs@nievre.example',
      phone: '03 86 00 00 21',
    },
    themes: ['MEDIATION_PRACTICE', 'DIGITAL_BASICS'],
    places: ['demo-58-0002', 'demo-58-0004'],
  },
  {
    slug: 'ateliers-mon-espace-sante-puy-de-dome',
    title: 'Des ateliers Mon espace santé dans les maisons de santé du Puy-de-Dôme',
    territory: { kind: 'DEPARTMENT', code: '63' },
    organisation: "Caisse primaire d'assurance maladie (démonstration) et conseillers numériques",
    summary:
      "Des conseillers numériques animent des ateliers dans les salles d'attente et les maisons de santé pour aider les patients à activer et utiliser Mon espace santé.",
    description: `## Le constat

Peu de patients des territoires ruraux utilisaient Mon espace santé, et les professionnels de santé n'avaient pas le temps de l'expliquer.

## L'initiative

- Des **ateliers courts** de quarante-cinq minutes dans les maisons de santé pluriprofessionnelles.
- Une **permanence** les jours de forte affluence, dans la salle d'attente.
- Une formation croisée : les conseillers numériques formés par l'Assurance maladie, les secrétariats médicaux sensibilisés par les conseillers.
- Un support simple à remettre aux patients.`,
    results: `- **18 maisons de santé** partenaires.
- **1 700 patients** accompagnés en un an.
- **1 050 profils** Mon espace santé activés lors des ateliers.
- **65 %** des participants ont consulté un document dans leur espace dans le mois suivant.`,
    startDate: '2023-06-05',
    endDate: '2024-06-28',
    contact: {
      name: 'Coordination des ateliers',
      email: 'sante-numerique@cpam-63.example',
      phone: '04 73 00 00 22',
    },
    themes: ['HEALTH', 'ONLINE_PROCEDURES'],
    places: ['demo-63-0002', 'demo-63-0006'],
  },
];
