/**
 * The nine services of the national standard for places of digital mediation (v1.0.2), with each
 * value's exact French label. The directory's places offer them; funding programmes' themes and
 * road-map actions' needs use the same terms, so they are a contract between subgraphs.
 */
export const STANDARD_SERVICES = {
  ADMINISTRATIVE_PROCEDURES: 'Aide aux démarches administratives',
  EVERYDAY_DIGITAL_TOOLS: 'Maîtrise des outils numériques du quotidien',
  PROFESSIONAL_INTEGRATION: 'Insertion professionnelle via le numérique',
  SAFE_DIGITAL_USE: 'Utilisation sécurisée du numérique',
  PARENTING_AND_EDUCATION: 'Parentalité et éducation avec le numérique',
  DIGITAL_LEISURE_AND_CREATION: 'Loisirs et créations numériques',
  UNDERSTANDING_DIGITAL_WORLD: 'Compréhension du monde numérique',
  INTERNET_AND_EQUIPMENT_ACCESS: 'Accès internet et matériel informatique',
  AFFORDABLE_EQUIPMENT: 'Acquisition de matériel informatique à prix solidaire',
} as const;
