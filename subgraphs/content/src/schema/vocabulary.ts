import { AUDIENCES, CONTENT_THEMES, RESOURCE_KINDS } from '@passerelle/cms/vocabulary';
import { labelledEnumValues } from '@passerelle/platform/subgraph';
import { builder } from '../builder';

export const AudienceEnum = builder.enumType('Audience', {
  description: 'Who a piece of content is written for.',
  values: labelledEnumValues(AUDIENCES),
});

export const ContentThemeEnum = builder.enumType('ContentTheme', {
  description: 'What a piece of content is about.',
  values: labelledEnumValues(CONTENT_THEMES),
});

export const ResourceKindEnum = builder.enumType('ResourceKind', {
  description: 'The kinds of toolkit items.',
  values: labelledEnumValues(RESOURCE_KINDS),
});

export const ContentStatusEnum = builder.enumType('ContentStatus', {
  description: 'Which version of a CMS document is served.',
  values: {
    PUBLISHED: { description: 'What everyone sees' },
    DRAFT: { description: "An editor's latest version, seen only in previews" },
  },
});
