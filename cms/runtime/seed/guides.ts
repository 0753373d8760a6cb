import type { GuideSeed } from './seed-types';

/** The demo guides: practical how-tos for citizens, helpers, mediators and elected officials. */
export const GUIDES: GuideSeed[] = [
  {
    slug: 'accompagner-une-premiere-demarche-en-ligne',
    title: 'Accompagner une première démarche en ligne',
    summary:
      "Les étapes clés pour aider une personne qui n'a jamais fait de démarche en ligne, sans faire à sa place et en la rendant plus autonome à chaque rendez-vous.",
    body: `## Avant de commencer

Une première démarche en ligne est souvent vécue comme une épreuve. La personne arrive parfois après plusieurs échecs, avec un courrier qu'elle ne comprend pas ou une échéance proche. Prenez quelques minutes pour faire le point :

- quelle démarche, pour quel organisme et avant quelle date ;
- quels identifiants existent déjà (adresse électronique, compte ameli, numéro fiscal, compte CAF) ;
- quel équipement la personne utilise chez elle : smartphone, ordinateur, aucun ;
- ce qu'elle souhaite apprendre, et ce qu'elle préfère vous laisser faire aujourd'hui.

## Pendant la démarche

Laissez la main à la personne dès que possible : c'est elle qui tape, clique et valide. Vous expliquez, vous montrez, vous rassurez.

1. Ouvrez le site officiel de l'organisme en tapant l'adresse, sans passer par un moteur de recherche ni une publicité.
2. Lisez ensemble chaque écran avant de remplir un champ.
3. Notez les identifiants dans un carnet qui reste chez la personne, jamais dans votre propre outil.
4. Téléchargez ou photographiez le récapitulatif final.

Si la personne ne peut pas ou ne veut pas agir elle-même, et que vous devez agir pour son compte, utilisez un cadre sécurisé comme Aidants Connect plutôt que de lui demander ses mots de passe.

## Après la démarche

- Vérifiez que la personne sait où retrouver la réponse de l'organisme (messagerie du compte, courrier, SMS).
- Proposez un atelier collectif pour progresser : création d'une adresse électronique, gestion des mots de passe, prise en main du smartphone.
- Orientez vers une France Services si la situation administrative est complexe.

## Les bons réflexes

- Ne conservez aucun document ni mot de passe de l'usager.
- Ne promettez pas de résultat : vous accompagnez la démarche, l'organisme décide.
- Notez anonymement le type de démarche dans votre outil de suivi pour mieux connaître les besoins du territoire.`,
    audiences: ['MEDIATORS', 'DIGITAL_HELPERS'],
    themes: ['ONLINE_PROCEDURES', 'MEDIATION_PRACTICE'],
    national: true,
    territories: [],
    portals: ['nouvelle-aquitaine', 'landes', 'bordeaux'],
    fundingPrograms: ['conseillers-numeriques'],
    places: [],
  },
  {
    slug: 'utiliser-aidants-connect',
    title: "Aidants Connect : réaliser une démarche pour le compte d'un usager en toute sécurité",
    summary:
      "Aidants Connect permet aux aidants professionnels habilités de faire une démarche en ligne à la place d'un usager, avec son accord et sans connaître ses mots de passe.",
    body: `## Pourquoi Aidants Connect

Beaucoup d'aidants professionnels (travailleurs sociaux, agents d'accueil, médiateurs) finissent par connaître les identifiants des personnes qu'ils accompagnent. C'est risqué pour l'usager comme pour l'aidant, dont la responsabilité peut être engagée. Aidants Connect est un service public qui sécurise cette pratique.

## Comment ça marche

1. La structure (CCAS, association, France Services, mairie) demande son habilitation et désigne un référent.
2. Les aidants suivent une formation, puis reçoivent un moyen de connexion personnel.
3. Avec l'usager, l'aidant crée un **mandat** : il précise les démarches concernées (logement, social, santé, travail, papiers…) et la durée, d'un jour à douze mois.
4. L'usager donne son consentement en se connectant une fois avec FranceConnect.
5. Ensuite, l'aidant peut réaliser les démarches prévues par le mandat, et chacune de ses actions est tracée.

## Ce que le mandat change

- L'usager garde la maîtrise : il peut révoquer le mandat à tout moment.
- L'aidant n'a plus besoin de noter ni de conserver les mots de passe.
- La structure peut justifier de son action en cas de contrôle ou de litige.

## Bonnes pratiques

- Expliquez le mandat avec des mots simples et remettez l'attestation imprimée à l'usager.
- Limitez le périmètre aux démarches réellement nécessaires.
- Profitez de chaque rendez-vous pour montrer une étape que la personne pourra refaire seule.
- Renouvelez l'habilitation des nouveaux agents dès leur arrivée.

## Pour aller plus loin

Le site du service présente la liste des démarches compatibles, le parcours d'habilitation et les sessions de formation. Dans plusieurs départements, la formation des aidants peut être prise en charge ; renseignez-vous auprès de votre coordination départementale de l'inclusion numérique.`,
    audiences: ['DIGITAL_HELPERS', 'SOCIAL_WORKERS', 'MEDIATORS'],
    themes: ['ONLINE_PROCEDURES', 'ACCESS_TO_RIGHTS', 'ONLINE_SAFETY'],
    national: true,
    territories: [],
    portals: ['nouvelle-aquitaine', 'landes', 'bordeaux'],
    fundingPrograms: ['aidants-connect'],
    places: [],
  },
  {
    slug: 'creer-son-compte-ameli-et-activer-mon-espace-sante',
    title: 'Créer son compte ameli et activer Mon espace santé',
    summary:
      "Pas à pas pour ouvrir son compte ameli, suivre ses remboursements et activer Mon espace santé, le carnet de santé numérique de l'Assurance maladie.",
    body: `## Ce dont vous avez besoin

- Votre numéro de sécurité sociale (il figure sur la carte Vitale).
- Une adresse électronique que vous consultez.
- Un téléphone portable pour recevoir les codes de sécurité.
- Si possible, un RIB : il peut être demandé pour vérifier votre identité.

## Créer le compte ameli

1. Rendez-vous sur le site ameli.fr ou dans l'application ameli.
2. Choisissez « Créer mon compte » et saisissez votre numéro de sécurité sociale.
3. Suivez les étapes de vérification d'identité proposées.
4. Choisissez un mot de passe solide, que vous n'utilisez nulle part ailleurs.

Vous pouvez aussi vous connecter avec FranceConnect si vous avez déjà un compte impots.gouv ou La Poste.

## Ce que permet le compte

- Suivre vos remboursements et télécharger vos attestations de droits.
- Déclarer un changement de situation (adresse, coordonnées bancaires).
- Commander une carte Vitale ou une carte européenne d'assurance maladie.
- Échanger avec votre caisse par messagerie.

## Activer Mon espace santé

Mon espace santé est un service distinct du compte ameli. Il permet de stocker vos documents médicaux (ordonnances, comptes rendus, résultats d'analyse) et de les partager avec les professionnels de santé que vous choisissez.

1. Rendez-vous sur monespacesante.fr.
2. Munissez-vous de votre carte Vitale et du code d'activation reçu par courrier ou courriel, ou utilisez votre compte ameli.
3. Paramétrez qui peut consulter vos documents.

## Conseils d'aidant

- Ne saisissez jamais le mot de passe d'une personne à sa place : montrez, puis laissez faire.
- L'Assurance maladie n'envoie jamais de SMS demandant un paiement : c'est une arnaque.`,
    audiences: ['CITIZENS', 'DIGITAL_HELPERS'],
    themes: ['HEALTH', 'ONLINE_PROCEDURES'],
    national: true,
    territories: [],
    portals: ['landes'],
    fundingPrograms: [],
    places: [],
  },
  {
    slug: 'declarer-ses-revenus-sur-impots-gouv',
    title: 'Déclarer ses revenus en ligne sur impots.gouv.fr',
    summary:
      "Ce qu'il faut préparer, les étapes de la déclaration en ligne et où trouver de l'aide si l'on ne parvient pas à déclarer seul.",
    body: `## Avant la campagne

La déclaration des revenus se fait chaque printemps. Préparez :

- votre numéro fiscal (sur un ancien avis d'impôt ou une déclaration précédente) ;
- votre mot de passe impots.gouv, ou un compte FranceConnect ;
- les justificatifs des revenus non préremplis (pensions alimentaires, revenus de l'étranger, frais réels) ;
- les justificatifs des dépenses ouvrant droit à réduction d'impôt (dons, emploi à domicile, garde d'enfants).

## Déclarer en ligne, étape par étape

1. Connectez-vous à votre espace particulier sur impots.gouv.fr.
2. Cliquez sur « Déclarer mes revenus ».
3. Vérifiez votre situation de famille et votre adresse.
4. Contrôlez les montants préremplis : salaires, pensions, allocations chômage.
5. Ajoutez ce qui manque, puis signez la déclaration.
6. Téléchargez l'accusé de réception.

Si tous les montants sont exacts, vous pouvez bénéficier de la déclaration automatique : vous n'avez alors rien à faire.

## Si vous n'avez pas internet

La déclaration en ligne est la règle, mais les personnes qui ne peuvent pas déclarer en ligne peuvent continuer à utiliser le formulaire papier. Vous pouvez aussi être aidé :

- dans une France Services, où des agents sont formés aux démarches fiscales ;
- au centre des finances publiques, sur rendez-vous ;
- par téléphone, au numéro indiqué sur votre espace ou votre avis d'impôt.

## Pour les aidants

- Le revenu fiscal de référence sert à ouvrir de nombreux droits : aidez la personne à retrouver son avis d'impôt dans l'espace « Documents ».
- Attention aux courriels promettant un remboursement d'impôt : l'administration ne demande jamais de coordonnées bancaires par courriel.`,
    audiences: ['CITIZENS', 'DIGITAL_HELPERS'],
    themes: ['ONLINE_PROCEDURES', 'ACCESS_TO_RIGHTS'],
    national: true,
    territories: [],
    portals: [],
    fundingPrograms: ['france-services'],
    places: [],
  },
  {
    slug: 'reperer-et-eviter-les-arnaques-en-ligne',
    title: 'Repérer et éviter les arnaques en ligne',
    summary:
      'Hameçonnage, faux conseillers bancaires, SMS de colis : les signes qui doivent alerter, les bons réflexes et les services où signaler une arnaque.',
    body: `## Les arnaques les plus fréquentes

- **Hameçonnage** : un courriel ou un SMS imite un organisme connu (Assurance maladie, impôts, banque, livreur) et invite à cliquer sur un lien pour « régulariser » une situation.
- **Faux conseiller bancaire** : un appel semble venir de votre banque et vous demande de valider une opération pour « bloquer une fraude ».
- **Faux support technique** : une fenêtre bloque l'ordinateur et affiche un numéro à appeler.
- **Sites administratifs payants** : des sites imitent les services publics et font payer des démarches gratuites (carte grise, extrait d'acte de naissance).

## Les signes qui doivent alerter

1. L'urgence : « dernier rappel », « votre compte sera suspendu ».
2. Une demande de paiement, même de quelques euros.
3. Une adresse d'expéditeur ou un lien qui ne correspond pas au site officiel.
4. Une demande de code reçu par SMS : personne n'a à vous le demander.

## Les bons réflexes

- Ne cliquez pas : tapez vous-même l'adresse du site officiel.
- Raccrochez et rappelez votre banque au numéro inscrit sur votre carte.
- Activez la double authentification sur votre messagerie.
- Faites les mises à jour de votre téléphone et de votre ordinateur.

## Où signaler

- Un SMS ou un appel indésirable : transférez-le au **33700**.
- Un contenu illicite en ligne : la plateforme **Pharos**.
- Une fraude à la carte bancaire : le service **Perceval**, accessible depuis service-public.fr.
- Pour être conseillé ou assisté : **17Cyber** et le site cybermalveillance.gouv.fr.

## Pour les médiateurs

Un atelier de quarante-cinq minutes sur ce thème fonctionne bien en début de parcours : partez d'exemples réels de messages reçus par les participants, en masquant leurs données personnelles.`,
    audiences: ['CITIZENS', 'MEDIATORS'],
    themes: ['ONLINE_SAFETY'],
    national: true,
    territories: [],
    portals: ['bordeaux', 'landes'],
    fundingPrograms: [],
    places: [],
  },
  {
    slug: 'evaluer-les-competences-numeriques-avec-pix',
    title: "Évaluer les compétences numériques d'un public avec Pix",
    summary:
      "Comment utiliser Pix et Pix Orga pour mesurer le niveau de départ d'un groupe, construire un parcours adapté et valoriser les progrès par une certification.",
    body: `## Pix en quelques mots

Pix est le service public en ligne d'évaluation, de développement et de certification des compétences numériques. Son référentiel, aligné sur le cadre européen DigComp, couvre cinq domaines : information et données, communication et collaboration, création de contenu, protection et sécurité, environnement numérique.

## Pourquoi l'utiliser en médiation

- Objectiver le niveau de départ, au-delà du ressenti de la personne.
- Constituer des groupes homogènes pour les ateliers.
- Montrer les progrès réalisés, ce qui motive beaucoup les apprenants.
- Préparer une certification reconnue, utile dans un parcours d'emploi.

## Mettre en place une campagne avec Pix Orga

1. Votre structure crée un espace Pix Orga.
2. Vous choisissez un parcours thématique adapté (par exemple les bases du numérique ou la sécurité).
3. Vous partagez le code de campagne aux participants.
4. Vous suivez les résultats collectifs et individuels, avec l'accord des personnes.

## Attention aux publics très éloignés

Pix suppose de savoir utiliser un clavier et une souris. Pour les personnes qui débutent complètement, commencez par un entretien de positionnement oral, ou par un outil plus simple comme les parcours d'autodiagnostic de Les Bons Clics. Proposez Pix une fois les gestes de base acquis.

## Conseils pratiques

- Prévoyez un poste par personne et une connexion stable.
- Présentez le test comme un point de départ, pas comme un examen.
- Débriefez toujours les résultats en entretien individuel.
- Reliez chaque compétence à fort enjeu (messagerie, démarches, sécurité) à un atelier concret de votre programme.`,
    audiences: ['MEDIATORS', 'SOCIAL_WORKERS'],
    themes: ['DIAGNOSTIC', 'MEDIATION_PRACTICE'],
    national: true,
    territories: [],
    portals: ['nouvelle-aquitaine'],
    fundingPrograms: ['conseillers-numeriques', 'fse-plus-inclusion'],
    places: [],
  },
  {
    slug: 'accompagner-les-parents-face-aux-ecrans',
    title: 'Accompagner les parents face aux écrans et aux usages numériques des enfants',
    summary:
      "Des repères pour animer un temps d'échange avec des parents : âges, contrôle parental, réseaux sociaux, harcèlement en ligne et numéros utiles.",
    body: `## Partir des questions des parents

Les parents viennent rarement pour « un atelier numérique ». Ils viennent parce que leur enfant réclame un téléphone, passe ses soirées sur un jeu, ou parce qu'ils ne comprennent pas l'espace numérique de travail du collège. Commencez par recueillir ces questions, sans jugement.

## Quelques repères à partager

- Les recommandations de santé publique déconseillent les écrans avant 3 ans et invitent à un usage limité et accompagné ensuite.
- Les réseaux sociaux fixent le plus souvent un âge minimum de 13 ans dans leurs conditions d'utilisation.
- Pas d'écran pendant les repas ni dans la chambre la nuit : deux règles simples qui changent beaucoup de choses.
- Le dialogue compte plus que l'interdiction : s'intéresser aux jeux et aux contenus de son enfant.

## Les outils à montrer

1. Le **contrôle parental** du téléphone, de la console et de la box internet.
2. Les réglages de confidentialité des principaux réseaux sociaux.
3. Le site jeprotegemonenfant.gouv.fr, qui propose des guides par âge et par appareil.
4. L'espace numérique de travail (ENT) et le logiciel de vie scolaire de l'établissement.

## En cas de problème

- **3018** : le numéro national pour les jeunes victimes de harcèlement ou de violences numériques, et pour leurs parents. Gratuit, anonyme et confidentiel.
- Signaler un contenu choquant sur la plateforme Pharos.

## Organiser l'atelier

- Un format de deux heures, en soirée ou le samedi matin, avec un mode de garde sur place.
- En partenariat avec un centre social, un établissement scolaire ou la CAF.
- Un support à emporter avec les réglages pas à pas.`,
    audiences: ['CITIZENS', 'SOCIAL_WORKERS', 'MEDIATORS'],
    themes: ['PARENTING_EDUCATION', 'ONLINE_SAFETY'],
    national: true,
    territories: [],
    portals: ['bordeaux'],
    fundingPrograms: ['caf-fonds-publics-et-territoires'],
    places: [],
  },
  {
    slug: 's-equiper-a-petit-prix',
    title: "S'équiper à petit prix : ordinateur reconditionné, téléphone et connexion",
    summary:
      'Où trouver un ordinateur ou un smartphone reconditionné, comment choisir un forfait adapté et quelles aides existent pour les personnes à faibles revenus.',
    body: `## Pourquoi choisir le reconditionné

Un appareil reconditionné a été vérifié, nettoyé et remis en état. Il coûte souvent deux à trois fois moins cher que le neuf et évite la fabrication d'un nouvel équipement. Pour écrire des courriels, faire ses démarches et suivre une formation en ligne, un ordinateur reconditionné de quelques années suffit largement.

## Où en trouver

- Les **structures de l'économie sociale et solidaire** qui reconditionnent du matériel issu des entreprises et des collectivités, souvent avec une garantie.
- Certaines **collectivités** qui donnent leurs anciens postes à des associations.
- Les vendeurs professionnels de reconditionné, en vérifiant la garantie (au moins six mois, idéalement un an).

## Bien choisir

1. Un écran d'au moins 14 pouces pour le confort de lecture.
2. Un disque SSD, plus rapide qu'un disque classique.
3. Un système d'exploitation à jour et encore maintenu.
4. Une webcam si la personne doit passer des entretiens à distance.

## La connexion

- Comparez les forfaits mobiles sans engagement : quelques euros par mois suffisent pour un usage courant.
- Renseignez-vous sur les offres sociales de certains opérateurs et sur les recharges solidaires proposées par des associations, souvent sur orientation d'un travailleur social.
- Dans les lieux de médiation numérique, un accès wifi et des ordinateurs sont disponibles gratuitement.

## Aides possibles

Selon les territoires, la CAF, le CCAS, le fonds de solidarité ou une fondation d'entreprise peuvent financer une partie de l'équipement. Les lieux de médiation numérique connaissent les dispositifs locaux : demandez-leur conseil avant d'acheter.`,
    audiences: ['CITIZENS', 'SOCIAL_WORKERS'],
    themes: ['EQUIPMENT'],
    national: true,
    territories: [],
    portals: ['landes'],
    fundingPrograms: ['fondation-orange-solidarite'],
    places: [],
  },
  {
    slug: 'construire-une-feuille-de-route-france-numerique-ensemble',
    title: 'Construire une feuille de route territoriale France Numérique Ensemble',
    summary:
      "Méthode pour les élus et les services : diagnostic partagé, gouvernance, plan d'actions et financement d'une feuille de route locale d'inclusion numérique.",
    body: `## De quoi parle-t-on

La stratégie nationale France Numérique Ensemble invite chaque territoire à se doter d'une feuille de route pour l'inclusion numérique. Elle est élaborée localement, le plus souvent à l'échelle du département, par une gouvernance associant l'État, les collectivités et les acteurs de terrain.

## 1. Réunir la gouvernance

- Co-porteurs : en général la préfecture et le conseil départemental, souvent avec une ou plusieurs intercommunalités.
- Membres : communes, CAF, caisses de sécurité sociale, France Travail, associations, lieux de médiation, acteurs de l'emploi et du social.
- Un comité de pilotage qui décide, un comité technique qui prépare.

## 2. Partager un diagnostic

1. Cartographier l'offre : lieux de médiation, France Services, conseillers numériques, aidants habilités.
2. Mesurer les besoins : données socio-démographiques, couverture réseau, retours des travailleurs sociaux.
3. Repérer les zones blanches de l'accompagnement.

## 3. Écrire le plan d'actions

Chaque action précise un pilote, des partenaires, un calendrier, un budget et des indicateurs. Les axes fréquents :

- mieux repérer et orienter les publics ;
- consolider l'offre de médiation et sa pérennité ;
- équiper les personnes et les lieux ;
- former les aidants et les agents d'accueil ;
- animer le réseau local.

## 4. Financer

La feuille de route sert de cadre pour mobiliser les financements : dotation de l'État, fonds européens, crédits des collectivités, appui à l'ingénierie de la Banque des Territoires, partenaires privés.

## 5. Suivre et rendre compte

Prévoyez un bilan annuel présenté en comité de pilotage, et publiez les indicateurs : c'est la condition pour que l'ensemble des acteurs s'approprie la démarche.`,
    audiences: ['ELECTED_OFFICIALS'],
    themes: ['TERRITORIAL_STRATEGY', 'FUNDING'],
    national: true,
    territories: [],
    portals: ['nouvelle-aquitaine', 'landes'],
    fundingPrograms: ['france-numerique-ensemble', 'banque-des-territoires-ingenierie'],
    places: [],
  },
  {
    slug: 'financer-une-action-de-mediation-numerique',
    title: 'Financer une action de médiation numérique : panorama des dispositifs',
    summary:
      "Les principales sources de financement d'un projet de médiation numérique et les conseils pour monter un dossier solide et durable.",
    body: `## Bien définir son projet

Avant de chercher un financement, formalisez votre projet : publics visés, territoire, actions, moyens humains, calendrier et indicateurs. Un financeur soutient une réponse à un besoin, pas seulement un poste ou un équipement.

## Les principales sources

- **État et ANCT** : dispositif Conseillers numériques, subvention des France Services, dotations liées aux feuilles de route France Numérique Ensemble.
- **Fabriques de Territoire** : pour les tiers-lieux qui structurent une offre de services numériques.
- **Pass numérique** : les collectivités qui achètent des chèques pour financer l'accompagnement des habitants.
- **Fonds européens** : FSE+ pour l'inclusion sociale, FEDER pour les usages numériques, via les régions.
- **CAF** : fonds publics et territoires, notamment pour l'accès aux droits et la parentalité numérique.
- **Collectivités** : régions, départements et intercommunalités disposent souvent d'un appel à projets dédié.
- **Fondations** : fondations d'entreprise et fondations abritées, pour l'équipement et les projets innovants.

## Monter un dossier solide

1. Vérifiez l'éligibilité de votre structure et du territoire.
2. Présentez un budget équilibré, avec les cofinancements attendus.
3. Joignez des lettres de soutien de partenaires.
4. Proposez des indicateurs simples et mesurables : nombre de personnes accompagnées, nombre d'ateliers, progression mesurée.

## Penser à la suite

La plupart des financements sont limités dans le temps. Dès le départ, identifiez les relais possibles : intégration au budget d'une collectivité, mutualisation entre structures, inscription dans la feuille de route départementale.`,
    audiences: ['ELECTED_OFFICIALS', 'MEDIATORS'],
    themes: ['FUNDING', 'TERRITORIAL_STRATEGY'],
    national: true,
    territories: [],
    portals: ['nouvelle-aquitaine', 'landes', 'bordeaux'],
    fundingPrograms: [
      'conseillers-numeriques',
      'fabriques-de-territoire',
      'caf-fonds-publics-et-territoires',
    ],
    places: [],
  },
  {
    slug: 'demarches-ants-permis-carte-grise-papiers',
    title: "Permis de conduire, carte grise, papiers d'identité : les démarches ANTS",
    summary:
      "Les démarches de l'Agence nationale des titres sécurisés se font en ligne. Ce guide explique lesquelles, comment éviter les faux sites et où se faire aider.",
    body: `## Quelles démarches

Le site de l'Agence nationale des titres sécurisés (ANTS) permet notamment de :

- demander un certificat d'immatriculation (carte grise) ou déclarer la cession d'un véhicule ;
- s'inscrire à l'examen du permis de conduire, le renouveler ou le remplacer ;
- faire une pré-demande de carte d'identité ou de passeport.

## Carte d'identité et passeport

1. Remplissez la pré-demande en ligne et notez son numéro.
2. Achetez le timbre fiscal en ligne si nécessaire (passeport, perte de la carte d'identité).
3. Prenez rendez-vous dans une mairie équipée d'un dispositif de recueil, pas forcément celle de votre commune.
4. Présentez-vous avec les justificatifs et une photo d'identité récente.

## Attention aux faux sites

De nombreux sites privés imitent l'ANTS et font payer des frais de service. Les démarches sur le site officiel sont gratuites, hors taxes et timbres fiscaux. Vérifiez que l'adresse se termine par **ants.gouv.fr**.

## Se connecter

La connexion se fait par FranceConnect : vous pouvez utiliser vos identifiants impots.gouv, ameli ou La Poste. Si la personne n'a aucun de ces comptes, commencez par en créer un.

## Se faire aider

- Les **France Services** accompagnent ces démarches, avec un agent formé.
- Les **points numériques** des préfectures et sous-préfectures disposent d'ordinateurs et de médiateurs.
- Un aidant habilité Aidants Connect peut réaliser la démarche avec un mandat.

## Pour les aidants

Les démarches de carte grise demandent souvent des scans lisibles : apprenez à la personne à photographier un document avec son téléphone et à l'enregistrer au format PDF.`,
    audiences: ['CITIZENS', 'DIGITAL_HELPERS'],
    themes: ['ONLINE_PROCEDURES'],
    national: true,
    territories: [],
    portals: ['bordeaux'],
    fundingPrograms: [],
    places: [],
  },
  {
    slug: 'pass-numerique-nouvelle-aquitaine',
    title: 'Utiliser les Pass numérique en Nouvelle-Aquitaine',
    summary:
      'Qui peut recevoir des Pass numérique, où les utiliser et comment les prescripteurs les distribuent dans les départements de Nouvelle-Aquitaine.',
    body: `## Le principe

Les Pass numérique sont des chèques qui donnent accès à des ateliers d'accompagnement au numérique dans des lieux qualifiés. Ils sont distribués gratuitement par des prescripteurs (travailleurs sociaux, agents d'accueil, conseillers en insertion) aux personnes qui en ont besoin. Plusieurs départements et intercommunalités de Nouvelle-Aquitaine ont acheté des carnets, avec un cofinancement de l'État.

## Qui peut en bénéficier

- Les personnes qui rencontrent des difficultés pour faire leurs démarches en ligne.
- En priorité les publics suivis par un service social, les demandeurs d'emploi et les personnes âgées isolées.
- Les critères précis sont fixés par chaque collectivité.

## Comment ça marche pour l'habitant

1. Un prescripteur repère le besoin et remet un carnet de Pass.
2. La personne choisit un lieu qualifié sur la carte des lieux de Passerelle.
3. Elle prend rendez-vous et remet un chèque à chaque atelier.
4. Les ateliers sont gratuits pour elle.

## Pour les prescripteurs

- Proposez le Pass au bon moment : lors d'une démarche bloquée, d'un changement de situation, d'une inscription à France Travail.
- Notez le numéro du carnet remis pour le suivi de la campagne.
- Orientez vers un lieu proche et accessible en transport.

## Pour les lieux de médiation

Les lieux qui souhaitent accepter les Pass doivent être qualifiés par l'émetteur. Ils présentent les chèques reçus pour remboursement, selon le calendrier de la collectivité. Rapprochez-vous de la coordination départementale de l'inclusion numérique pour connaître le calendrier des campagnes.`,
    audiences: ['CITIZENS', 'SOCIAL_WORKERS', 'MEDIATORS'],
    themes: ['DIGITAL_BASICS', 'FUNDING', 'ACCESS_TO_RIGHTS'],
    national: false,
    territories: [{ kind: 'REGION', code: '75' }],
    portals: ['nouvelle-aquitaine', 'landes', 'bordeaux'],
    fundingPrograms: ['pass-numerique'],
    places: [],
  },
  {
    slug: 'rejoindre-le-reseau-regional-de-mediation-numerique',
    title: 'Rejoindre le réseau régional des acteurs de la médiation numérique en Nouvelle-Aquitaine',
    summary:
      'Rencontres, formations, outils partagés : ce que le réseau régional apporte aux médiateurs, aux conseillers numériques et aux structures qui les emploient.',
    body: `## Un réseau pour ne pas rester seul

La Nouvelle-Aquitaine compte plusieurs centaines de lieux de médiation numérique : espaces publics numériques, médiathèques, centres sociaux, France Services, tiers-lieux. Beaucoup de médiateurs travaillent seuls dans leur structure. Le réseau régional les relie entre eux et avec les coordinations départementales.

## Ce que le réseau propose

- **Des rencontres** : une journée régionale par an, et des rencontres départementales chaque trimestre.
- **Des formations courtes** : Aidants Connect, animation d'ateliers, cybersécurité, accessibilité.
- **Des outils partagés** : fiches d'ateliers, modèles de fiches d'orientation, questionnaires de diagnostic.
- **Une veille** sur les appels à projets régionaux, nationaux et européens.
- **Un espace d'échange** en ligne entre pairs.

## Qui peut rejoindre le réseau

1. Les structures qui proposent un accompagnement au numérique, quel que soit leur statut.
2. Les conseillers numériques, médiateurs et aidants professionnels.
3. Les collectivités et les partenaires qui financent ou orientent.

L'adhésion est gratuite. Il suffit de référencer son lieu dans la cartographie et de désigner une personne de contact.

## Pourquoi référencer son lieu

- Être visible des habitants et des prescripteurs sur les portails territoriaux.
- Recevoir les Pass numérique et les orientations des travailleurs sociaux.
- Être pris en compte dans le diagnostic des feuilles de route départementales.

## Conseil

Mettez à jour vos horaires et vos services au moins deux fois par an : une fiche obsolète décourage les personnes qui ont déjà du mal à trouver de l'aide.`,
    audiences: ['MEDIATORS', 'ELECTED_OFFICIALS'],
    themes: ['MEDIATION_PRACTICE', 'TERRITORIAL_STRATEGY'],
    national: false,
    territories: [{ kind: 'REGION', code: '75' }],
    portals: ['nouvelle-aquitaine'],
    fundingPrograms: ['france-numerique-ensemble'],
    places: [],
  },
  {
    slug: 'aller-vers-les-publics-en-zone-rurale',
    title: 'Aller vers les publics éloignés en zone rurale : itinérance et permanences',
    summary:
      'Bus numériques, permanences en mairie, visites à domicile : comment organiser une offre itinérante de médiation dans les territoires ruraux de Nouvelle-Aquitaine.',
    body: `## Pourquoi aller vers

Dans les territoires ruraux de la Creuse, de la Corrèze, des Landes ou de la Dordogne, le premier obstacle n'est pas toujours la compétence : c'est la distance. Sans voiture, il peut être impossible de rejoindre un espace numérique situé à trente kilomètres. Les personnes les plus éloignées du numérique sont aussi celles qui viennent le moins d'elles-mêmes.

## Les formats qui fonctionnent

- **Le bus numérique** : un véhicule équipé d'ordinateurs et d'une connexion, qui s'arrête à jour fixe sur les places de village.
- **Les permanences en mairie** : un médiateur itinérant tient une demi-journée par mois dans chaque commune.
- **Les ateliers chez les partenaires** : clubs d'aînés, foyers ruraux, marchés.
- **Les visites à domicile** : réservées aux personnes à mobilité réduite, sur orientation d'un service social.

## Organiser la tournée

1. Partez des besoins repérés par les mairies, les CCAS et les services d'aide à domicile.
2. Fixez un calendrier stable et affichez-le : la régularité crée la confiance.
3. Prévoyez une solution de connexion de secours (routeur 4G).
4. Travaillez avec le secrétariat de mairie, souvent le premier lieu où les habitants demandent de l'aide.

## Les points de vigilance

- Le coût du véhicule, de son entretien et du carburant.
- La confidentialité des échanges dans un lieu partagé.
- L'isolement des médiateurs itinérants : organisez des temps d'équipe réguliers.

## Le financement

Ces dispositifs mobilisent souvent plusieurs financeurs : département, intercommunalités, État via les feuilles de route, fonds européens et Fabriques de Territoire lorsque la tournée est rattachée à un tiers-lieu.`,
    audiences: ['ELECTED_OFFICIALS', 'MEDIATORS'],
    themes: ['MEDIATION_PRACTICE', 'TERRITORIAL_STRATEGY'],
    national: false,
    territories: [
      { kind: 'REGION', code: '75' },
      { kind: 'DEPARTMENT', code: '23' },
      { kind: 'DEPARTMENT', code: '19' },
    ],
    portals: ['nouvelle-aquitaine', 'landes'],
    fundingPrograms: ['fabriques-de-territoire', 'france-numerique-ensemble'],
    places: [],
  },
  {
    slug: 'trouver-un-conseiller-numerique-dans-les-landes',
    title: 'Trouver un conseiller numérique dans les Landes',
    summary:
      "Où rencontrer un conseiller numérique dans les Landes, ce qu'il peut faire pour vous et comment prendre rendez-vous.",
    body: `## Qu'est-ce qu'un conseiller numérique

Les conseillers numériques sont des professionnels formés pour accompagner les habitants dans leurs usages du numérique. Dans les Landes, ils sont accueillis par des communes, des intercommunalités, des associations et des structures France Services, de la côte à la Chalosse.

## Ce qu'ils proposent

- Des **ateliers collectifs** : prendre en main un smartphone, utiliser sa messagerie, faire ses démarches, se protéger des arnaques.
- Des **rendez-vous individuels** pour un besoin précis.
- Un **accompagnement vers l'autonomie** : l'objectif est que vous puissiez refaire seul la démarche la prochaine fois.

Ils ne remplacent pas les services administratifs : pour un dossier complexe, ils vous orientent vers une France Services ou un travailleur social.

## Où les trouver

La carte des lieux de Passerelle recense les lieux landais où interviennent des conseillers numériques, avec leurs horaires. Parmi eux figurent des médiathèques et des espaces publics numériques, de la côte (Biscarrosse, Tosse) à la Haute Lande et au Tursan, ainsi que les arrêts du bus numérique départemental.

## Prendre rendez-vous

1. Repérez le lieu le plus proche sur la carte.
2. Appelez ou présentez-vous aux horaires d'accueil.
3. Apportez votre téléphone ou votre ordinateur si vous en avez un, vos identifiants et les courriers concernés.

## C'est gratuit

L'accompagnement par un conseiller numérique est gratuit. Si un prescripteur vous a remis des Pass numérique, vous pouvez aussi les utiliser dans les lieux qualifiés.

## Vous êtes une structure

Si vous accueillez un conseiller numérique ou souhaitez en accueillir un, la coordination départementale de l'inclusion numérique vous renseigne sur le financement des postes et la formation.`,
    audiences: ['CITIZENS', 'SOCIAL_WORKERS'],
    themes: ['DIGITAL_BASICS', 'ACCESS_TO_RIGHTS'],
    national: false,
    territories: [{ kind: 'DEPARTMENT', code: '40' }],
    portals: ['landes', 'nouvelle-aquitaine'],
    fundingPrograms: ['conseillers-numeriques'],
    places: ['demo-40-0002', 'demo-40-0004', 'demo-40-0007', 'demo-40-0008'],
  },
  {
    slug: 'faire-ses-demarches-dans-une-france-services-des-landes',
    title: 'Faire ses démarches dans une France Services des Landes',
    summary:
      'Ce que proposent les France Services landaises, les démarches couvertes par les partenaires et les documents à apporter pour un rendez-vous efficace.',
    body: `## Un guichet pour de nombreuses démarches

Les France Services sont des lieux où des agents formés vous accompagnent dans vos démarches auprès d'une dizaine d'organismes partenaires : CAF, Assurance maladie, Assurance retraite, MSA, France Travail, finances publiques, ministère de l'Intérieur pour les titres, ministère de la Justice, La Poste. Dans les Landes, le réseau couvre les villes comme les cantons ruraux.

## Ce que vous pouvez y faire

- Créer ou débloquer un compte en ligne (ameli, CAF, impots.gouv, France Travail).
- Déclarer vos ressources, un changement de situation ou une naissance.
- Demander un titre (carte grise, permis, pré-demande de carte d'identité).
- Préparer un dossier de retraite.
- Utiliser un ordinateur, une imprimante et un scanner en libre accès.

## Préparer votre rendez-vous

1. Appelez pour savoir s'il faut un rendez-vous, surtout pour les démarches longues.
2. Apportez une pièce d'identité, vos numéros d'allocataire ou de sécurité sociale.
3. Venez avec les courriers reçus et, si possible, vos identifiants.
4. Prenez votre téléphone portable : de nombreux codes de sécurité arrivent par SMS.

## Quand l'agent ne peut pas conclure

Si votre situation nécessite l'intervention d'un expert de l'organisme, l'agent France Services organise une mise en relation, par visioconférence ou par un contact dédié, sans que vous ayez à tout réexpliquer.

## Et pour apprendre

Les France Services ne sont pas d'abord des lieux de formation. Pour apprendre à faire seul, demandez à l'agent de vous orienter vers les ateliers d'un conseiller numérique, parfois organisés dans le même bâtiment.`,
    audiences: ['CITIZENS'],
    themes: ['ONLINE_PROCEDURES', 'ACCESS_TO_RIGHTS'],
    national: false,
    territories: [{ kind: 'DEPARTMENT', code: '40' }],
    portals: ['landes'],
    fundingPrograms: ['france-services'],
    places: [],
  },
  {
    slug: 'rechercher-un-emploi-en-ligne-dans-les-landes',
    title: 'Rechercher un emploi en ligne dans les Landes : les outils et les lieux ressources',
    summary:
      "Espace candidat France Travail, CV en ligne, entretiens en visioconférence : les compétences numériques utiles à la recherche d'emploi et où les acquérir.",
    body: `## Le numérique dans la recherche d'emploi

Aujourd'hui, presque toutes les étapes d'une recherche d'emploi passent par internet : inscription et actualisation, consultation des offres, candidature, entretien à distance, inscription à une formation. Dans les Landes, de nombreux emplois saisonniers du littoral se recrutent aussi en ligne.

## Les outils à maîtriser

- **L'espace personnel France Travail** : s'inscrire, s'actualiser chaque mois, consulter ses messages et ses rendez-vous.
- **Une adresse électronique sérieuse**, consultée régulièrement.
- **Un CV au format PDF**, facile à mettre à jour.
- **Mon Compte Formation**, pour connaître ses droits et s'inscrire à une formation.
- **La visioconférence** pour les entretiens à distance.

## Par où commencer

1. Faire le point sur ses compétences numériques, par exemple avec un test Pix.
2. Sécuriser ses accès : mot de passe, numéro de téléphone à jour.
3. Préparer un CV et une lettre type avec un conseiller.
4. S'entraîner à un entretien en visio avec un proche ou un médiateur.

## Où se faire accompagner

- Les agences France Travail de Mont-de-Marsan, Dax et des autres bassins proposent des ateliers numériques.
- Les conseillers numériques et les espaces numériques des médiathèques.
- Les missions locales pour les jeunes de 16 à 25 ans.
- Les structures d'insertion par l'activité économique, qui intègrent souvent un module numérique.

## Le bon réflexe

Ne laissez pas une difficulté numérique vous faire manquer une actualisation ou un rendez-vous : signalez-la à votre conseiller, qui peut vous orienter vers un accompagnement adapté.`,
    audiences: ['CITIZENS', 'SOCIAL_WORKERS'],
    themes: ['EMPLOYMENT', 'DIGITAL_BASICS'],
    national: false,
    territories: [{ kind: 'DEPARTMENT', code: '40' }],
    portals: ['landes'],
    fundingPrograms: ['fse-plus-inclusion'],
    places: ['demo-40-0007'],
  },
  {
    slug: 'mont-de-marsan-parcours-numerique-seniors',
    title: 'Mont-de-Marsan : un parcours numérique pour les seniors',
    summary:
      "Un cycle d'ateliers progressifs pour les plus de 60 ans à Mont-de-Marsan : tablette, appels vidéo avec les proches, santé en ligne et sécurité.",
    body: `## Pour qui

Le parcours s'adresse aux Montois de plus de 60 ans qui débutent ou qui veulent reprendre les bases : prendre en main une tablette ou un smartphone, garder le contact avec leurs proches, faire leurs démarches de retraite et de santé.

## Le programme

Le parcours compte huit séances de deux heures, en petit groupe de six à huit personnes.

1. Découvrir sa tablette ou son smartphone : gestes, réglages, confort de lecture.
2. Créer et utiliser une adresse électronique.
3. Appeler ses proches en vidéo et partager des photos.
4. Chercher une information fiable sur internet.
5. Son espace retraite et son compte ameli.
6. Mon espace santé et la prise de rendez-vous médicaux en ligne.
7. Repérer les arnaques et protéger ses données.
8. Bilan et suite du parcours.

## Les conditions

- Gratuit, sur inscription.
- Des tablettes sont prêtées pendant les séances pour ceux qui ne sont pas équipés.
- Les séances ont lieu en journée, dans des lieux accessibles en bus.

## Et après

À l'issue du parcours, les participants peuvent rejoindre un café numérique mensuel pour continuer à poser leurs questions, ou être orientés vers un conseiller numérique pour un besoin individuel.

## S'inscrire

Les inscriptions se font auprès des lieux partenaires indiqués sur la carte, ou par l'intermédiaire du CCAS. Les aidants familiaux peuvent inscrire un proche, avec son accord.`,
    audiences: ['CITIZENS'],
    themes: ['DIGITAL_BASICS', 'HEALTH', 'ONLINE_SAFETY'],
    national: false,
    territories: [{ kind: 'COMMUNE', code: '40192' }],
    portals: ['landes'],
    fundingPrograms: [],
    places: ['demo-40-0001'],
  },
  {
    slug: 'bordeaux-ateliers-numeriques-des-bibliotheques',
    title: 'Les ateliers numériques des bibliothèques de Bordeaux',
    summary:
      'Initiation, démarches, création, sécurité : le programme des ateliers numériques gratuits proposés dans les bibliothèques de quartier bordelaises.',
    body: `## Une offre dans chaque quartier

Les bibliothèques de Bordeaux proposent un accès libre aux ordinateurs et au wifi, et un programme d'ateliers numériques gratuits animés par des médiateurs. Ces ateliers s'adressent à tous, des grands débutants aux personnes qui veulent approfondir un usage.

## Les ateliers proposés

- **Premiers pas** : souris, clavier, écran tactile, navigation sur internet.
- **Démarches en ligne** : créer ses comptes, scanner un document, envoyer une pièce jointe.
- **Smartphone au quotidien** : applications utiles, stockage, sauvegarde des photos.
- **Sécurité** : mots de passe, arnaques, réglages de confidentialité.
- **Création** : retouche photo, montage vidéo, initiation à la programmation pour les jeunes.

## Les permanences

En plus des ateliers, des permanences sans rendez-vous permettent de poser une question ponctuelle : un formulaire bloqué, un réglage de téléphone, une impression.

## Comment s'inscrire

1. Consultez le programme mensuel à l'accueil de la bibliothèque ou sur la carte des lieux.
2. Inscrivez-vous sur place ou par téléphone : les groupes sont limités à huit personnes.
3. Apportez votre propre appareil si vous le souhaitez.

## Accessibilité

Les ateliers sont ouverts sans condition d'abonnement à la bibliothèque. Plusieurs équipements disposent de postes adaptés (grand écran, clavier à gros caractères, logiciel de grossissement). Signalez tout besoin particulier à l'inscription.

## Pour les professionnels

Les travailleurs sociaux peuvent orienter un usager vers ces ateliers : la fiche d'orientation commune aux partenaires bordelais facilite le premier contact.`,
    audiences: ['CITIZENS'],
    themes: ['DIGITAL_BASICS', 'ONLINE_PROCEDURES'],
    national: false,
    territories: [{ kind: 'COMMUNE', code: '33063' }],
    portals: ['bordeaux', 'nouvelle-aquitaine'],
    fundingPrograms: [],
    places: ['demo-33-0006'],
  },
  {
    slug: 'bordeaux-orienter-un-usager-en-difficulte-numerique',
    title: "Bordeaux : orienter un usager en difficulté numérique, guide pour les agents d'accueil",
    summary:
      "Repérer une difficulté numérique sans stigmatiser, trouver la bonne ressource bordelaise et passer le relais : un guide pratique pour les agents d'accueil.",
    body: `## Repérer sans stigmatiser

La difficulté numérique se dit rarement directement. Quelques signaux doivent alerter : une personne qui vient déposer un papier alors que la démarche est en ligne, qui ne connaît pas son adresse électronique, qui a perdu l'accès à son compte ou qui demande à un proche de remplir les formulaires.

Posez une question ouverte : « Comment faites-vous habituellement pour vos démarches sur internet ? » Évitez « Vous ne savez pas utiliser un ordinateur ? ».

## Identifier le besoin

- **Besoin ponctuel** : une démarche urgente à réaliser maintenant.
- **Besoin d'apprentissage** : la personne veut devenir autonome.
- **Besoin d'équipement ou de connexion** : pas d'ordinateur, forfait épuisé.
- **Besoin d'accès aux droits** : la démarche cache une situation sociale complexe.

## Orienter vers la bonne ressource

1. Démarche urgente : France Services ou point d'accueil numérique le plus proche.
2. Apprentissage : ateliers des bibliothèques et des centres sociaux, conseillers numériques.
3. Équipement : associations de reconditionnement et aides du CCAS.
4. Situation complexe : travailleur social du CCAS ou du département.

La carte des lieux de Passerelle permet de filtrer par quartier, par service et par horaires.

## Passer le relais

- Remplissez la fiche d'orientation commune, avec l'accord de la personne.
- Donnez un nom de lieu, une adresse et un horaire précis, pas seulement un site internet.
- Si possible, appelez le lieu devant la personne.

## Ce que vous ne devez pas faire

Ne conservez pas les identifiants ou les mots de passe d'un usager, même pour rendre service. Si la démarche doit être faite pour son compte, orientez vers un aidant habilité Aidants Connect.`,
    audiences: ['SOCIAL_WORKERS', 'DIGITAL_HELPERS'],
    themes: ['MEDIATION_PRACTICE', 'ACCESS_TO_RIGHTS'],
    national: false,
    territories: [{ kind: 'COMMUNE', code: '33063' }],
    portals: ['bordeaux'],
    fundingPrograms: ['aidants-connect'],
    places: [],
  },
  {
    slug: 'gironde-demarches-caf-en-ligne',
    title: "Gironde : faire ses démarches CAF en ligne et trouver un point d'accès numérique",
    summary:
      'Créer son espace Mon Compte, déclarer ses ressources trimestrielles et trouver en Gironde un lieu où se faire aider pour ses démarches auprès de la CAF.',
    body: `## Les démarches CAF en ligne

Sur caf.fr ou dans l'application mobile, l'espace Mon Compte permet de :

- faire une demande de prestation (aide au logement, prime d'activité, RSA) ;
- déclarer ses ressources trimestrielles quand elles sont demandées ;
- signaler un changement de situation (naissance, déménagement, séparation, reprise d'emploi) ;
- télécharger une attestation de paiement ou de quotient familial ;
- consulter ses courriers et échanger avec la CAF.

## Créer son accès

1. Munissez-vous de votre numéro allocataire et de votre code postal.
2. Créez votre mot de passe depuis caf.fr ou connectez-vous avec FranceConnect.
3. Vérifiez votre adresse électronique et votre numéro de portable.

## Déclarer ses ressources sans erreur

- Respectez le calendrier : un retard peut suspendre le versement.
- Déclarez les montants nets perçus, tels qu'ils figurent sur les bulletins de salaire.
- En cas de doute, gardez une copie des justificatifs : ils peuvent être demandés lors d'un contrôle.

## Où se faire aider en Gironde

- Les **points d'accès numérique** de la CAF, installés dans des structures partenaires : ordinateurs en libre accès et aide d'un agent.
- Les **France Services** du département.
- Les **conseillers numériques** des communes et des associations, pour apprendre à faire seul.

Utilisez la carte des lieux pour trouver le plus proche de chez vous, à Bordeaux comme dans le reste de la Gironde.

## Pour les travailleurs sociaux

Un aidant habilité Aidants Connect peut réaliser la démarche pour le compte de l'allocataire, avec son accord formalisé par un mandat.`,
    audiences: ['CITIZENS', 'SOCIAL_WORKERS'],
    themes: ['ONLINE_PROCEDURES', 'ACCESS_TO_RIGHTS'],
    national: false,
    territories: [{ kind: 'DEPARTMENT', code: '33' }],
    portals: ['bordeaux', 'nouvelle-aquitaine'],
    fundingPrograms: ['caf-fonds-publics-et-territoires'],
    places: ['demo-33-0003', 'demo-33-0007', 'demo-33-0008'],
  },
  {
    slug: 'la-reunion-se-faire-accompagner-pour-ses-demarches',
    title: 'La Réunion : se faire accompagner pour ses démarches en ligne',
    summary:
      'Les lieux et les dispositifs qui aident les Réunionnais à faire leurs démarches en ligne, des France Services aux médiateurs des quartiers et des Hauts.',
    body: `## Un besoin important

À La Réunion, une part importante des habitants rencontre des difficultés avec les démarches en ligne, en particulier dans les quartiers prioritaires et dans les Hauts, où la couverture réseau et les transports sont plus limités.

## Les lieux d'accompagnement

- **Les France Services**, présentes dans chaque intercommunalité, pour les démarches CAF, Assurance maladie, retraite, impôts et titres.
- **Les conseillers numériques**, accueillis par les communes, les CCAS et les associations.
- **Les cases numériques et les espaces publics numériques** des quartiers.
- **Les médiathèques**, avec accès libre aux ordinateurs.

## Ce que vous pouvez y faire

1. Créer une adresse électronique et vos comptes administratifs.
2. Être aidé pour une démarche précise : demande de logement, retraite, carte grise.
3. Suivre des ateliers pour devenir autonome sur smartphone.

## Des accompagnements adaptés

Les médiateurs peuvent expliquer en créole les étapes d'une démarche. Certains lieux proposent aussi des permanences itinérantes dans les écarts et les villages des Hauts.

## Pour les professionnels

- Utilisez la carte des lieux pour orienter vers la structure la plus proche.
- Les aidants des structures sociales peuvent être habilités à Aidants Connect pour agir pour le compte des usagers en toute sécurité.
- La feuille de route territoriale pour l'inclusion numérique de La Réunion fédère les acteurs : contactez la coordination pour rejoindre le réseau.`,
    audiences: ['CITIZENS', 'SOCIAL_WORKERS'],
    themes: ['ONLINE_PROCEDURES', 'ACCESS_TO_RIGHTS'],
    national: false,
    territories: [{ kind: 'DEPARTMENT', code: '974' }],
    portals: [],
    fundingPrograms: ['france-services', 'conseillers-numeriques'],
    places: ['demo-974-0004', 'demo-974-0002', 'demo-974-0001'],
  },
];
