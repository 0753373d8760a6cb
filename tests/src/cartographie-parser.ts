import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** A place as the Cartographie nationale's web component holds it once its source is read. */
export interface CartographiePlace {
  id: string;
  pivot: string;
  nom: string;
  adresse: { voie: string; code_postal: string; commune: string; code_insee?: string };
  services: string[];
  localisation?: { latitude: number; longitude: number };
  typologies?: string[];
  contact?: { telephone?: string; courriel?: string; site_web?: string[] };
  conditions_acces?: string[];
  labels_nationaux?: string[];
}

type WebpackModule = (module: { exports: object }, exports: object, require: WebpackRequire) => void;
type WebpackRequire = ((id: string) => Record<string, unknown>) & {
  d(exports: object, getters: Record<string, () => unknown>): void;
  o(object: object, property: string): boolean;
  r(exports: object): void;
};

/**
 * The function the component (`@gouvfr-anct/cartographie-nationale`, an Angular bundle) maps each
 * record of its `source` with, taken from its own bundle: the modules of its webpack chunks are
 * collected without starting the application, and the module of its data source says which module
 * and export parse a record (`getAll$` GETs the source, then maps every record through it, so one
 * record it refuses fails the whole map). Only that parser and what it imports are run, in Node.
 */
export function cartographieParser(): (record: unknown) => CartographiePlace {
  const bundle = readFileSync(
    require.resolve('@gouvfr-anct/cartographie-nationale/mediation-numerique.js'),
    'utf8',
  );
  const chunks: [string[], Record<string, WebpackModule>][] = [];
  const context = vm.createContext({
    self: {
      webpackChunkmediation_numerique: { push: (chunk: (typeof chunks)[number]) => chunks.push(chunk) },
    },
  });
  try {
    vm.runInContext(bundle, context);
  } catch {
    // Its runtime then tries to start the application, which needs a browser: the chunks are in.
  }
  const modules: Record<string, WebpackModule> = Object.assign({}, ...chunks.map(([, chunk]) => chunk));
  const dataSource = Object.values(modules)
    .map((module) => module.toString())
    .find((text) => text.includes('this.httpClient.get(this.dataConfiguration.lieuxDeMediationNumerique)'));
  // `const le=mt=>Object.assign(Object.assign({},(0,Z.Gi)(mt)),…)`, with `Z=y(5)` before it.
  const mapping =
    dataSource && /=(\w+)=>Object\.assign\(Object\.assign\(\{\},\(0,(\w+)\.(\w+)\)\(\1\)\)/.exec(dataSource);
  const moduleId = mapping && new RegExp(`[,\\s]${mapping[2]}=\\w+\\((\\d+)\\)`).exec(dataSource)?.[1];
  if (!mapping || !moduleId) throw new Error('the bundle no longer maps its source as 5.22 did: look again');

  const loaded = new Map<string, { exports: Record<string, unknown> }>();
  const load = ((id: string) => {
    let module = loaded.get(id);
    if (!module) {
      module = { exports: {} };
      loaded.set(id, module);
      (modules[id] as WebpackModule)(module, module.exports, load);
    }
    return module.exports;
  }) as WebpackRequire;
  load.d = (exports, getters) => {
    for (const [name, get] of Object.entries(getters))
      Object.defineProperty(exports, name, { enumerable: true, get });
  };
  load.o = (object, property) => Object.hasOwn(object, property);
  load.r = (exports) => Object.defineProperty(exports, '__esModule', { value: true });
  return load(moduleId)[mapping[3] as string] as (record: unknown) => CartographiePlace;
}
