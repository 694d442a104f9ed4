import type { CareMap } from '../core/model.ts';
import { getSite } from '../site/site-store.ts';

/** What a page made for each map (maps/<map-id>/, embed/<map-id>/, maps/<map-id>/insights/) is given. */
export interface MapPageProps {
  map: CareMap;
}

/** getStaticPaths of the pages made for each map: one per map, given the map. */
export async function mapPages(): Promise<{ params: { map: string }; props: MapPageProps }[]> {
  const site = await getSite();
  return site.commons.maps.map((map) => ({ params: { map: map.id }, props: { map } }));
}
