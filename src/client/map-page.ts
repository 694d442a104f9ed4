// The script of a map page and of a free page with a map: defines `<care-map>`.
import './map/care-map-element.ts';
