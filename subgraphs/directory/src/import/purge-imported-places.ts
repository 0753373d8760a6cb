import { anyEntityTag, type CachePurger, listTag } from '@passerelle/platform/cache';
import type { ImportReport } from './import-report';

/**
 * After an import that wrote, the gateways drop every response showing a place or listing places:
 * an import changes many places at once, and naming each of 100,000 would cost more than
 * reading the few pages again.
 */
export async function purgeImportedPlaces(report: ImportReport, purger: CachePurger): Promise<void> {
  if (!report.written) return;
  await purger.purge({
    tags: [anyEntityTag('Place'), listTag('Place')],
    reason: `import of ${report.dataset}`,
  });
}
