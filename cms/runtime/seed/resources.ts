import type { ResourceSeed } from './seed-types';

/** The demo toolkit: intervention kits, diagnostic tools, templates and trainings for the field. */
export const RESOURCES: ResourceSeed[] = [
  {
    slug: 'les-bons-clics-parcours-et-fiches-d-atelier',
    title: "Les Bons Clics : parcours d'apprentissage et fiches d'atelier",
    summary:
      "Une plateforme gratuite pour les aidants et les médiateurs : modules d'apprentissage pour les débutants, fiches d'atelier et outils de suivi des apprenants.",
    description: `## Ce que contient la ressource

- Des **modules d'apprentissage** progressifs pour les grands débutants : prise en main, internet, messagerie, démarches.
- Des **fiches d'atelier** prêtes à l'emploi, avec déroulé et supports.
- Un **espace aidant** pour suivre la progression des personnes accompagnées.

## Pour quel usage

Idéal pour structurer un cycle d'ateliers collectifs ou un accompagnement individuel vers l'autonomie. Les modules peuvent être suivis en atelier puis refaits à la maison.`,
    kind: 'INTERVENTION_KIT',
    link: 'https://www.lesbonsclics.fr',
    audiences: ['MEDIATORS', 'DIGITAL_HELPERS'],
    themes: ['DIGITAL_BASICS', 'MEDIATION_PRACTICE'],
  },
  {
    slug: 'kit-de-sensibilisation-cybermalveillance',
    title: 'Kit de sensibilisation aux risques numériques de Cybermalveillance.gouv.fr',
    summary:
      "Fiches pratiques, vidéos et mémos pour animer un atelier sur les mots de passe, l'hameçonnage, les sauvegardes ou la sécurité des smartphones.",
    description: `## Ce que contient la ressource

- Des **fiches réflexes** sur les principales menaces : hameçonnage, rançongiciel, faux support technique, piratage de compte.
- Des **fiches pratiques** : mots de passe, mises à jour, sauvegardes, sécurité des usages mobiles.
- Des **vidéos courtes** à projeter en atelier.

## Pour quel usage

Pour préparer un atelier de prévention grand public ou sensibiliser une équipe. Le site propose aussi un outil d'assistance aux victimes, utile à présenter en fin d'atelier.`,
    kind: 'INTERVENTION_KIT',
    link: 'https://www.cybermalveillance.gouv.fr',
    audiences: ['MEDIATORS', 'CITIZENS', 'DIGITAL_HELPERS'],
    themes: ['ONLINE_SAFETY'],
  },
  {
    slug: 'kit-parentalite-numerique',
    title: "Kit parentalité numérique : animer un temps d'échange avec les parents",
    summary:
      'Des guides par âge et par appareil pour aider les parents à paramétrer le contrôle parental et à dialoguer avec leurs enfants sur les écrans.',
    description: `## Ce que contient la ressource

- Des **guides pas à pas** pour activer le contrôle parental sur les téléphones, tablettes, consoles et box internet.
- Des **repères par âge** pour accompagner les usages des enfants.
- Des **conseils de dialogue** pour aborder les réseaux sociaux, les jeux vidéo et les contenus choquants.

## Pour quel usage

Pour préparer un atelier parents, une soirée d'échange en centre social ou un entretien individuel avec une famille. À compléter avec le numéro 3018 pour les situations de harcèlement en ligne.`,
    kind: 'INTERVENTION_KIT',
    link: 'https://www.jeprotegemonenfant.gouv.fr',
    audiences: ['SOCIAL_WORKERS', 'MEDIATORS', 'CITIZENS'],
    themes: ['PARENTING_EDUCATION', 'ONLINE_SAFETY'],
  },
  {
    slug: 'pix-evaluer-et-certifier-les-competences-numeriques',
    title: 'Pix : évaluer, développer et certifier les compétences numériques',
    summary:
      'Le service public en ligne pour mesurer ses compétences numériques, progresser par des parcours adaptés et obtenir une certification reconnue.',
    description: `## Ce que contient la ressource

- Des **tests adaptatifs** couvrant seize compétences réparties en cinq domaines.
- **Pix Orga**, l'espace des structures pour lancer des campagnes d'évaluation et suivre les résultats d'un groupe.
- Une **certification** reconnue par l'État et de nombreux employeurs.

## Pour quel usage

Pour positionner un public avant un parcours, mesurer les progrès à la sortie ou préparer une certification dans un parcours d'insertion. À réserver aux personnes qui maîtrisent les gestes de base.`,
    kind: 'DIAGNOSTIC_TOOL',
    link: 'https://pix.fr',
    audiences: ['MEDIATORS', 'CITIZENS', 'SOCIAL_WORKERS'],
    themes: ['DIAGNOSTIC'],
  },
  {
    slug: 'grille-de-diagnostic-de-l-autonomie-numerique',
    title: "Grille de diagnostic de l'autonomie numérique en entretien",
    summary:
      "Une grille d'entretien de quinze minutes pour évaluer, sans test sur écran, l'équipement, les usages et le niveau d'autonomie d'une personne.",
    description: `## Ce que contient la ressource

- **Quatre volets** : équipement et connexion, usages actuels, démarches en ligne, sécurité.
- Une **échelle simple** en quatre niveaux, de « n'utilise pas » à « autonome ».
- Des **recommandations d'orientation** associées à chaque profil.

## Pour quel usage

Pour les premiers entretiens avec des personnes très éloignées du numérique, pour qui un test en ligne serait décourageant. La grille est partagée sur La Base, la plateforme de ressources du numérique d'intérêt général.`,
    kind: 'DIAGNOSTIC_TOOL',
    link: 'https://labase.anct.gouv.fr',
    audiences: ['MEDIATORS', 'SOCIAL_WORKERS'],
    themes: ['DIAGNOSTIC', 'MEDIATION_PRACTICE'],
  },
  {
    slug: 'modele-de-fiche-d-orientation-usager',
    title: "Modèle de fiche d'orientation vers un lieu de médiation numérique",
    summary:
      "Une fiche à remplir avec l'usager pour l'orienter vers un lieu de médiation en précisant son besoin, avec une mention de consentement.",
    description: `## Ce que contient la ressource

- Les **coordonnées** de l'orienteur et du lieu d'accueil.
- Le **besoin repéré** : démarche urgente, apprentissage, équipement, accès aux droits.
- Une **mention de consentement** pour la transmission des informations.
- Un **coupon retour** pour informer l'orienteur de la prise en charge.

## Pour quel usage

Pour les agents d'accueil, travailleurs sociaux et conseillers en insertion qui orientent des personnes vers les lieux de médiation. Le modèle est modifiable pour y ajouter le logo et l'annuaire local.`,
    kind: 'TEMPLATE',
    link: 'https://labase.anct.gouv.fr',
    audiences: ['SOCIAL_WORKERS', 'DIGITAL_HELPERS'],
    themes: ['MEDIATION_PRACTICE', 'ACCESS_TO_RIGHTS'],
  },
  {
    slug: 'modele-de-feuille-de-route-territoriale',
    title: "Modèle de feuille de route territoriale pour l'inclusion numérique",
    summary:
      'Une trame de feuille de route France Numérique Ensemble : diagnostic, gouvernance, axes, fiches actions et indicateurs de suivi.',
    description: `## Ce que contient la ressource

- Une **trame de diagnostic** territorial : offre, besoins, zones peu couvertes.
- Un **modèle de gouvernance** : composition et rôle du comité de pilotage et du comité technique.
- Des **fiches actions** types avec pilote, partenaires, budget, calendrier et indicateurs.
- Un **tableau de suivi** annuel.

## Pour quel usage

Pour les collectivités et les services de l'État qui élaborent ou révisent leur feuille de route. La trame s'appuie sur la documentation publiée par le programme Société Numérique de l'ANCT.`,
    kind: 'TEMPLATE',
    link: 'https://societenumerique.gouv.fr',
    audiences: ['ELECTED_OFFICIALS'],
    themes: ['TERRITORIAL_STRATEGY', 'FUNDING'],
  },
  {
    slug: 'modele-de-convention-de-partenariat-france-services',
    title: "Modèle de convention de partenariat avec un lieu d'accueil France Services",
    summary:
      'Une convention type entre une structure porteuse France Services et un lieu de médiation numérique pour organiser les orientations réciproques.',
    description: `## Ce que contient la ressource

- L'**objet du partenariat** et les engagements de chaque partie.
- Les **modalités d'orientation** : fiche de liaison, délais, retour d'information.
- Les règles de **protection des données** personnelles.
- Les modalités de **suivi et d'évaluation**.

## Pour quel usage

Pour formaliser les relations entre une France Services et les lieux de médiation qui l'entourent : la France Services traite les démarches, le lieu de médiation accompagne vers l'autonomie.`,
    kind: 'TEMPLATE',
    link: 'https://agence-cohesion-territoires.gouv.fr',
    audiences: ['ELECTED_OFFICIALS', 'MEDIATORS'],
    themes: ['TERRITORIAL_STRATEGY', 'ACCESS_TO_RIGHTS'],
  },
  {
    slug: 'formation-accompagner-mon-espace-sante',
    title: 'Se former pour accompagner les usagers dans Mon espace santé',
    summary:
      "Les ressources de l'Assurance maladie pour comprendre Mon espace santé et aider les usagers à l'activer, à gérer leurs documents et leurs accès.",
    description: `## Ce que contient la ressource

- La **présentation du service** : documents, messagerie sécurisée, agenda, catalogue d'applications.
- Des **tutoriels** pour l'activation, le paramétrage des accès et l'ajout de documents.
- Des **réponses aux questions fréquentes** des usagers sur la confidentialité.

## Pour quel usage

Pour les médiateurs et aidants qui animent des ateliers santé numérique ou accompagnent individuellement des patients. Prévoir environ deux heures pour parcourir les ressources.`,
    kind: 'TRAINING',
    link: 'https://www.monespacesante.fr',
    audiences: ['MEDIATORS', 'DIGITAL_HELPERS'],
    themes: ['HEALTH'],
  },
  {
    slug: 'formation-rgpd-cnil-pour-les-structures',
    title: 'Se former à la protection des données personnelles avec la CNIL',
    summary:
      'Les ressources de formation de la CNIL pour comprendre le RGPD et appliquer les bons réflexes dans une structure qui accompagne des usagers.',
    description: `## Ce que contient la ressource

- Un **parcours de formation en ligne** sur les principes du RGPD.
- Des **fiches pratiques** : durée de conservation, information des personnes, sécurité des données.
- Des **modèles** de registre des traitements et de mentions d'information.

## Pour quel usage

Les lieux de médiation manipulent des données sensibles : identifiants, justificatifs, situations sociales. Cette formation aide à définir des règles claires pour l'équipe, par exemple ne jamais conserver de copie de pièce d'identité après une démarche.`,
    kind: 'TRAINING',
    link: 'https://www.cnil.fr',
    audiences: ['MEDIATORS', 'SOCIAL_WORKERS', 'ELECTED_OFFICIALS'],
    themes: ['ONLINE_SAFETY', 'MEDIATION_PRACTICE'],
  },
  {
    slug: 'aidants-connect-service-et-habilitation',
    title: "Aidants Connect : le service et la demande d'habilitation",
    summary:
      "Le site du service public qui permet aux aidants professionnels de réaliser des démarches pour le compte des usagers, avec le parcours d'habilitation des structures.",
    description: `## Ce que contient la ressource

- La **présentation du service** et la liste des démarches compatibles.
- Le **parcours d'habilitation** d'une structure : demande, désignation du référent, formation des aidants.
- Des **supports d'information** à remettre aux usagers sur le mandat.

## Pour quel usage

Pour toute structure dont les agents réalisent des démarches en ligne à la place des usagers : CCAS, France Services, associations, mairies.`,
    kind: 'OTHER',
    link: 'https://aidantsconnect.beta.gouv.fr',
    audiences: ['DIGITAL_HELPERS', 'SOCIAL_WORKERS', 'ELECTED_OFFICIALS'],
    themes: ['ONLINE_PROCEDURES', 'ACCESS_TO_RIGHTS'],
  },
  {
    slug: 'fiches-pratiques-service-public',
    title: 'Les fiches pratiques de Service-Public.fr',
    summary:
      "Le site officiel de l'administration française : fiches de droits et démarches, simulateurs et liens vers les téléservices officiels.",
    description: `## Ce que contient la ressource

- Des **fiches** sur les droits et démarches des particuliers, classées par thème.
- Des **simulateurs** et des modèles de lettres.
- Les **liens vers les téléservices officiels**, utiles pour éviter les sites payants qui imitent l'administration.

## Pour quel usage

Une référence à garder ouverte pendant les accompagnements : pour vérifier une règle, trouver le bon formulaire ou montrer à l'usager où chercher une information fiable.`,
    kind: 'OTHER',
    link: 'https://www.service-public.fr',
    audiences: ['CITIZENS', 'DIGITAL_HELPERS', 'MEDIATORS'],
    themes: ['ONLINE_PROCEDURES', 'ACCESS_TO_RIGHTS'],
  },
];
