import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';

export interface MapPoint {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

const MARKERS = 'lieux';

/**
 * The places of a page of results on a MapLibre map that needs nothing from the internet: a plain
 * background (the graph has no outlines and tiles would come from elsewhere) and one circle per
 * place, in the portal's colour. The list beside it says the same for those who cannot see it.
 * The container tells its state in `data-map` (ready, unavailable) and how many markers it drew
 * in `data-markers`.
 */
export async function showPlacesOnMap(
  container: HTMLElement,
  points: MapPoint[],
  centre: { latitude: number; longitude: number },
  onSelect: (id: string) => void,
): Promise<void> {
  const { default: maplibregl } = await import('maplibre-gl');
  const styles = getComputedStyle(document.documentElement);
  const data: FeatureCollection = {
    type: 'FeatureCollection',
    features: points.map((point) => ({
      type: 'Feature',
      id: point.id,
      properties: { id: point.id, name: point.name },
      geometry: { type: 'Point', coordinates: [point.longitude, point.latitude] },
    })),
  };
  let map: MapLibreMap;
  try {
    map = new maplibregl.Map({
      container,
      center: [centre.longitude, centre.latitude],
      zoom: 8,
      attributionControl: false,
      locale: {
        'NavigationControl.ZoomIn': 'Zoomer',
        'NavigationControl.ZoomOut': 'Dézoomer',
        'NavigationControl.ResetBearing': 'Remettre le nord en haut',
      },
      style: {
        version: 8,
        sources: { [MARKERS]: { type: 'geojson', data } },
        layers: [
          {
            id: 'fond',
            type: 'background',
            paint: { 'background-color': styles.getPropertyValue('--secondary') || '#eef2f7' },
          },
          {
            id: MARKERS,
            type: 'circle',
            source: MARKERS,
            paint: {
              'circle-radius': 7,
              'circle-color': styles.getPropertyValue('--primary') || '#1d4f91',
              'circle-stroke-width': 2,
              'circle-stroke-color': '#ffffff',
            },
          },
        ],
      },
    });
  } catch {
    // No WebGL here: the list alone says where the places are.
    container.dataset.map = 'unavailable';
    container.replaceChildren(
      document.createTextNode(
        "La carte n'est pas disponible sur cet appareil : la liste donne les mêmes lieux.",
      ),
    );
    return;
  }
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
  // The map is a picture of the list for pointer users; the list is what keyboards and readers use.
  map.getCanvas().setAttribute('aria-hidden', 'true');
  map.getCanvas().tabIndex = -1;
  if (points.length) {
    const bounds = new maplibregl.LngLatBounds();
    for (const point of points) bounds.extend([point.longitude, point.latitude]);
    map.fitBounds(bounds, { padding: 40, maxZoom: 13, duration: 0 });
  }
  map.on('click', MARKERS, (event) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id === 'string') onSelect(id);
  });
  map.on('mouseenter', MARKERS, () => {
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', MARKERS, () => {
    map.getCanvas().style.cursor = '';
  });
  map.once('idle', () => {
    container.dataset.markers = String(map.queryRenderedFeatures({ layers: [MARKERS] }).length);
    container.dataset.map = 'ready';
  });
}
