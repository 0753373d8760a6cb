import type { Core } from '@strapi/strapi';
import { AUDIENCES, CONTENT_THEMES } from '../vocabulary';

/**
 * The admin panel edits lists of codes and ids as raw JSON: each such field gets a French label
 * and a description that lists the codes allowed, so that editors need not look them up. Set only
 * where an administrator has not written a label or a description of their own.
 */

interface FieldHelp {
  label: string;
  description: string;
}

const codes = (vocabulary: Record<string, string>) =>
  Object.entries(vocabulary)
    .map(([code, label]) => `${code} (${label})`)
    .join(', ');

const audiences: FieldHelp = {
  label: 'Publics',
  description: `Liste JSON, par exemple ["CITIZENS"]. Codes : ${codes(AUDIENCES)}.`,
};
const themes: FieldHelp = {
  label: 'Thèmes',
  description: `Liste JSON, par exemple ["DIGITAL_BASICS"]. Codes : ${codes(CONTENT_THEMES)}.`,
};
const placeIds: FieldHelp = {
  label: 'Lieux concernés',
  description: 'Liste JSON des identifiants des lieux (id des lieux dans le graphe Passerelle).',
};
const fundingProgramIds: FieldHelp = {
  label: 'Programmes de financement',
  description: 'Liste JSON des identifiants des programmes (id des programmes dans le graphe Passerelle).',
};

export const FIELD_HELP: Record<string, Record<string, FieldHelp>> = {
  'api::guide.guide': { audiences, themes, placeIds, fundingProgramIds },
  'api::practice.practice': { themes, placeIds },
  'api::resource.resource': { audiences, themes },
  'api::event.event': { audiences },
};

interface EditMetadata {
  label?: string;
  description?: string;
}

interface Configuration {
  settings: unknown;
  layouts: unknown;
  metadatas: Record<string, { edit?: EditMetadata }>;
}

interface ContentTypesService {
  findContentType(uid: string): unknown;
  findConfiguration(contentType: unknown): Promise<Configuration>;
  updateConfiguration(contentType: unknown, configuration: Omit<Configuration, 'uid'>): Promise<unknown>;
}

export async function ensureEditingHelp(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  for (const [uid, fields] of Object.entries(FIELD_HELP)) {
    const contentType = contentTypes.findContentType(uid);
    const { settings, layouts, metadatas } = await contentTypes.findConfiguration(contentType);
    let changed = false;
    for (const [field, help] of Object.entries(fields)) {
      const edit = metadatas[field]?.edit;
      if (!edit) continue;
      // Strapi's default label is the field's name.
      if (!edit.label || edit.label === field) {
        edit.label = help.label;
        changed = true;
      }
      if (!edit.description) {
        edit.description = help.description;
        changed = true;
      }
    }
    if (changed) await contentTypes.updateConfiguration(contentType, { settings, layouts, metadatas });
  }
}
