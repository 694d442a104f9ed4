/** A site path under BASE_PATH: withBase('elements/x/') → '/care-map/elements/x/'. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return `${base}/${path.replace(/^\/+/, '')}`;
}

export function elementPath(id: string): string {
  return withBase(`elements/${id}/`);
}

export function mapPath(id: string, isDefault: boolean): string {
  return isDefault ? withBase('') : withBase(`maps/${id}/`);
}

/** The insights page of a map: `insights/` for the default map (SPEC §4), `maps/<id>/insights/` for each. */
export function insightsPath(id: string, isDefault: boolean): string {
  return isDefault ? withBase('insights/') : withBase(`maps/${id}/insights/`);
}
